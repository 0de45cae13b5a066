/** Port: the all-or-nothing unit of work every use case runs in; the JDBC implementation is in `store`. */
package org.partnerbot.core.transaction;

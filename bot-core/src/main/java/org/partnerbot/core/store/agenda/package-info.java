/** JDBC storage of agenda items, in the caller's transaction. */
package org.partnerbot.core.store.agenda;

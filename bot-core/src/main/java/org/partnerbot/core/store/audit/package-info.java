/** JDBC storage of the audit log, in the caller's transaction. */
package org.partnerbot.core.store.audit;

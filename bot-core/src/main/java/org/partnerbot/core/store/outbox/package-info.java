/** JDBC storage of the outbox (tables `reminder_occurrences` and `reminder_outbox`), in the caller's transaction. */
package org.partnerbot.core.store.outbox;

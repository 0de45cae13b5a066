/**
 * JDBC storage of the durable inbox (table {@code inbox}: every accepted input, its answer until sent) and of the
 * deliveries that had their effect ({@code delivery_log}), in the caller's transaction.
 */
package org.partnerbot.core.store.intake;

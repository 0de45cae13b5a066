/** JDBC storage of the inbound delivery log (table `delivery_log`), in the caller's transaction. */
package org.partnerbot.core.store.intake;

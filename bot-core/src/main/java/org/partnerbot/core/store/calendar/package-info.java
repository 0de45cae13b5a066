/** JDBC storage of calendar subscription tokens, in the caller's transaction. */
package org.partnerbot.core.store.calendar;

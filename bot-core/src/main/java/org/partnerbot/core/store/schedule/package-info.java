/** JDBC storage of the weekly meeting series and its skip dates, in the caller's transaction. */
package org.partnerbot.core.store.schedule;

/** JDBC storage of duty streaks and the partnerships timers reach, in the caller's transaction. */
package org.partnerbot.core.store.reminders;

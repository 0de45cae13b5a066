/** JDBC storage of the meeting series, the reminder outbox and duty streaks, on the application's database. */
package org.partnerbot.core.scheduling.jdbc;

/** Quartz behind the reminders' timer port: JDBC job store on the application's own database and pool. */
package org.partnerbot.core.reminders.quartz;

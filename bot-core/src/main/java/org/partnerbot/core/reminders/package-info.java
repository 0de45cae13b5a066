/** Reminders that chase what nobody owns (agenda calls, meeting starts, unassigned duties and actions, overdue actions): the rules, the service that records them in the outbox, their words, `remind …`, and the timer port. */
package org.partnerbot.core.reminders;

/** Reminders that chase what nobody owns: agenda calls, meeting starts, unassigned duties and actions, overdue actions. */
package org.partnerbot.core.reminders;

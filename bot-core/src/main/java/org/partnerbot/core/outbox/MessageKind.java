package org.partnerbot.core.outbox;

/**
 * What an unprompted message is about; with the partnership and the occurrence it names one message in the outbox.
 * The name is stored (and is the {@code kind} label of {@code partnerbot_reminders_total}): add, never rename.
 */
public enum MessageKind {
    AGENDA_CALL,
    MEETING_START,
    DUTIES,
    DUTIES_ESCALATION,
    UNASSIGNED_ACTIONS,
    ACTIONS_ESCALATION,
    OVERDUE_ACTION,
    /** The health report posted after a meeting (health). */
    HEALTH_DIGEST,
    /** A coffee-chat round: each person's message, and on the weekly round the channel's summary (pairing). */
    PAIRING,
    /** A person who joined the partnership's channel: its purpose and which agency they are with (welcome). */
    WELCOME,
    /** A sign-in link to the dashboard, by direct message to the person who asked in the channel (dashboard). */
    DASHBOARD_LINK,
    /** Draft minutes sent to the representatives of agencies absent or sending apologies (meetings). */
    DRAFT_MINUTES,
    /** A reminder to the chair on the day draft minutes are due for approval and circulation (meetings). */
    MINUTES_DUE
}

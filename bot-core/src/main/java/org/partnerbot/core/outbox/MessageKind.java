package org.partnerbot.core.outbox;

/** What a reminder is about; with the partnership and the occurrence it names one message in the outbox. */
public enum MessageKind {
    AGENDA_CALL,
    MEETING_START,
    DUTIES,
    DUTIES_ESCALATION,
    UNASSIGNED_ACTIONS,
    ACTIONS_ESCALATION,
    OVERDUE_ACTION
}

package org.partnerbot.core.meetings;

/** What a MeetBot line recorded. */
public enum EntryKind {
    TOPIC,
    INFO,
    IDEA,
    AGREED,
    ACTION
}

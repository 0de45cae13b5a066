package org.partnerbot.core.meetings;

/** What a MeetBot line recorded. */
public enum EntryKind {
    TOPIC,
    INFO,
    IDEA,
    AGREED,
    ACTION,
    LINK,
    ACCEPTED,
    REJECTED,
    /** The result of a vote ({@code #close}), a decision like {@link #AGREED}. */
    VOTE,
    /** {@code #round}: agencies asked in turn for their update. */
    ROUND;

    /** Whether the entry is a decision of the meeting (shown under Decisions). */
    public boolean decision() {
        return this == AGREED || this == ACCEPTED || this == REJECTED || this == VOTE;
    }
}

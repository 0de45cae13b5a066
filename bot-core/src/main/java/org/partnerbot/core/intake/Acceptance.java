package org.partnerbot.core.intake;

/** What the inbox made of an input offered to it, which decides the platform's acknowledgement. */
public enum Acceptance {
    /** Recorded: acknowledge, the work follows. */
    TAKEN,
    /** Recorded before (a retry, a replay, a second node's copy): acknowledge, nothing more happens. */
    ALREADY_HAD,
    /** The backlog is over its limit: say "busy, try again", nothing was recorded. */
    BUSY
}

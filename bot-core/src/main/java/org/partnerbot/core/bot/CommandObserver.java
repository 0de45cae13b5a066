package org.partnerbot.core.bot;

import java.time.Duration;

/** Hears how each input ended, for metrics; must be fast and must not throw. */
public interface CommandObserver {

    enum Outcome {
        /** The command ran and answered. */
        OK,
        /** The user was told what was wrong (bad input, missing role); nothing changed. */
        REFUSED,
        /** Something unexpected failed; nothing changed. */
        FAILED,
        /** Nothing to answer: chatter, a silent MeetBot note, or a retried delivery. */
        SILENT
    }

    void handled(String verb, Outcome outcome, Duration took);
}

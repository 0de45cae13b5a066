package org.partnerbot.core.access;

/** What the platform says of one person in a partnership's conversation, when asked. */
public enum Presence {
    PRESENT,
    ABSENT,
    /** There is nothing to ask (the console, a conversation the platform's roster does not cover). */
    UNKNOWN,
    /**
     * The platform keeps a roster of the conversation but could not answer now (an API error, 429, a timeout). A read
     * from outside the channel is refused rather than answered from what is stored: access fails closed.
     */
    UNAVAILABLE
}

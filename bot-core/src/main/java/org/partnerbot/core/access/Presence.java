package org.partnerbot.core.access;

/** What the platform says of one person in a partnership's conversation, when asked. */
public enum Presence {
    PRESENT,
    ABSENT,
    /** The platform could not be asked or would not say (no roster to ask, an outage, a missing scope). */
    UNKNOWN
}

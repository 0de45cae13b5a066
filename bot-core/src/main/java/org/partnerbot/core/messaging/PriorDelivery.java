package org.partnerbot.core.messaging;

/** What a platform can say about an earlier attempt to send a tagged message. */
public enum PriorDelivery {
    /** The message is there: sending it again would show it twice. */
    FOUND,
    /** The message is not there: it never arrived. */
    NOT_FOUND,
    /** The platform keeps no such record (or would not say): it may or may not have arrived. */
    CANNOT_TELL
}

package org.partnerbot.core.reply;

/** Who sees a reply: the whole partnership conversation, or only the person who asked. */
public enum Audience {
    CHANNEL,
    ASKER
}

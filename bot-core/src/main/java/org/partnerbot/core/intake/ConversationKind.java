package org.partnerbot.core.intake;

/** Where an input was said: the partnership's shared conversation, or a one-to-one chat with the bot. */
public enum ConversationKind {
    CHANNEL,
    DIRECT
}

package org.partnerbot.core.testing;

import java.util.List;

/**
 * One way of talking to the bot (directly, through the console, through Slack, through Teams).
 * Every driver answers in the same neutral form, so one scenario checks all of them alike.
 */
public interface ConversationDriver {

    /**
     * Says {@code text} as the person named {@code speaker} in the partnership's conversation.
     *
     * @return the bot's answer as plain text lines, people shown by name; lines meant for the speaker only are
     *         prefixed {@code (to NAME) }; empty when the bot said nothing
     */
    List<String> say(String speaker, String text);
}

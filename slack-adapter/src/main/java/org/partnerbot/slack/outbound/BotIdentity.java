package org.partnerbot.slack.outbound;

import com.slack.api.model.Message;

/** Who this bot is in its workspace, as {@code auth.test} says: its user id and its bot id. */
public record BotIdentity(String userId, String botId) {

    /** Whether the bot posted the message (Slack names the poster by bot id, by user id, or both). */
    public boolean posted(Message m) {
        return botId != null && botId.equals(m.getBotId()) || userId != null && userId.equals(m.getUser());
    }
}

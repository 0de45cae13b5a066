package org.partnerbot.teams.turn;

import org.partnerbot.core.reply.Reply;

/** Sends a reply to one person's personal chat with the bot (opening it if need be), outside the turn. */
@FunctionalInterface
public interface PersonalChat {

    void send(String workspace, String userKey, String displayName, Reply reply);
}

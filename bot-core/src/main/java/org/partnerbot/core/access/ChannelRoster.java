package org.partnerbot.core.access;

import org.partnerbot.core.partnership.Partnership;

/**
 * Port: the platform's roster of a partnership's conversation. Slack asks {@code conversations.members} (cached
 * briefly), Teams the conversation's member list; the console has none. Implementations answer rather than throw:
 * {@link Presence#UNKNOWN} when there is no roster to ask, {@link Presence#UNAVAILABLE} when there is one and the
 * platform could not answer now.
 */
public interface ChannelRoster {

    /** Whether the person is in the partnership's conversation now. */
    Presence presence(Partnership partnership, String userKey);

    /** Whether anyone in the workspace can join the conversation without being invited. */
    Visibility visibility(String workspace, String conversationKey);

    /** No roster to ask (the console): every answer is unknown, and stored membership stands. */
    ChannelRoster NONE = new ChannelRoster() {
        @Override
        public Presence presence(Partnership partnership, String userKey) {
            return Presence.UNKNOWN;
        }

        @Override
        public Visibility visibility(String workspace, String conversationKey) {
            return Visibility.UNKNOWN;
        }
    };
}

package org.partnerbot.core.messaging;

import java.util.Objects;

/**
 * Where an unprompted message goes: a partnership's conversation, or one person by direct message.
 *
 * @param conversationRef the reference the adapter stored for the conversation (for a person: null, the
 *                        adapter opens or finds the direct conversation from {@code userKey})
 * @param userKey         the person, or null for the partnership's conversation
 * @param displayName     how to name the recipient in logs and the console
 */
public record Destination(String workspace, String conversationRef, String userKey, String displayName) {

    public Destination {
        Objects.requireNonNull(workspace);
    }

    public static Destination conversation(String workspace, String conversationRef, String name) {
        return new Destination(workspace, Objects.requireNonNull(conversationRef), null, name);
    }

    public static Destination person(String workspace, String userKey, String displayName) {
        return new Destination(workspace, null, Objects.requireNonNull(userKey), displayName);
    }

    public boolean direct() {
        return userKey != null;
    }
}

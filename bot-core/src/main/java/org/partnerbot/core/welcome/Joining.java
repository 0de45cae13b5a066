package org.partnerbot.core.welcome;

import java.util.Objects;

/**
 * A person who joined a conversation, as the platform said (Slack {@code member_joined_channel}, Teams
 * {@code conversationUpdate} with {@code membersAdded}).
 *
 * @param deliveryId the platform's id for this notice, so a retried one welcomes nobody twice; null when it has none
 */
public record Joining(String workspace, String conversationKey, String userKey, String displayName, String deliveryId) {

    public Joining {
        Objects.requireNonNull(workspace);
        Objects.requireNonNull(conversationKey);
        Objects.requireNonNull(userKey);
    }
}

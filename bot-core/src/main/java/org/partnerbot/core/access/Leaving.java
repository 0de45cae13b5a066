package org.partnerbot.core.access;

import java.util.Objects;

/**
 * A person left a conversation, as the platform said (Slack {@code member_left_channel}, Teams {@code conversationUpdate}
 * with {@code membersRemoved}).
 *
 * @param deliveryId the platform's id for this notice, so a retried one counts once; null when it has none
 */
public record Leaving(String workspace, String conversationKey, String userKey, String deliveryId) {

    public Leaving {
        Objects.requireNonNull(workspace);
        Objects.requireNonNull(conversationKey);
        Objects.requireNonNull(userKey);
    }
}

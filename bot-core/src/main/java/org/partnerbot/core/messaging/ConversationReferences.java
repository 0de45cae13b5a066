package org.partnerbot.core.messaging;

import java.util.Optional;

/**
 * Port: what an adapter needs to reach a conversation or a person later (a Slack channel or DM id, a
 * serialised Teams ConversationReference), stored per workspace under a key the adapter chooses
 * (e.g. {@code user:<id>} or {@code conversation:<id>}). A reference the platform refused for good is kept
 * but marked inactive, so nobody retries it forever.
 */
public interface ConversationReferences {

    void save(String workspace, String key, String reference);

    Optional<String> findActive(String workspace, String key);

    void deactivate(String workspace, String key);
}

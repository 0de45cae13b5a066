package org.partnerbot.core.partnership;

import java.time.ZoneId;

/**
 * A group of agencies bound to one conversation in one workspace.
 *
 * @param workspace        the isolation boundary, e.g. {@code slack:T123}, {@code teams:<tenant>}, {@code console}
 * @param conversationKey  the stable key of the bound conversation (a Slack channel id, a Teams channel id)
 * @param conversationRef  what an adapter needs to post here later (opaque to the core)
 * @param closed           whether an admin approves each new channel member before they see anything
 */
public record Partnership(long id, String workspace, String conversationKey, String conversationRef,
                          String name, String purpose, ZoneId zone, boolean closed) {

    public Partnership(long id, String workspace, String conversationKey, String conversationRef,
                       String name, String purpose, ZoneId zone) {
        this(id, workspace, conversationKey, conversationRef, name, purpose, zone, false);
    }

    public boolean hasPurpose() {
        return purpose != null && !purpose.isBlank();
    }
}

package org.partnerbot.core.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.partnerbot.core.partnership.Partnership;

/**
 * Each workspace's roster, found by the workspace's platform prefix ({@code slack:…}, {@code teams:…}); a platform
 * that registered none (the console) has {@link ChannelRoster#NONE}. Adapters register theirs as they start.
 */
public final class Rosters implements ChannelRoster {

    private final Map<String, ChannelRoster> byPlatform = new ConcurrentHashMap<>();

    /** @param platform the workspace prefix before the first colon, e.g. {@code slack} */
    public Rosters register(String platform, ChannelRoster roster) {
        byPlatform.put(platform, roster);
        return this;
    }

    @Override
    public Presence presence(Partnership partnership, String userKey) {
        return of(partnership.workspace()).presence(partnership, userKey);
    }

    @Override
    public Visibility visibility(String workspace, String conversationKey) {
        return of(workspace).visibility(workspace, conversationKey);
    }

    private ChannelRoster of(String workspace) {
        int colon = workspace.indexOf(':');
        return byPlatform.getOrDefault(colon < 0 ? workspace : workspace.substring(0, colon), NONE);
    }
}

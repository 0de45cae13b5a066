package org.partnerbot.slack.identity;

import com.slack.api.model.Conversation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.partnerbot.core.messaging.ConversationReferences;
import org.partnerbot.slack.outbound.CurrentWorkspace;
import org.partnerbot.slack.text.Workspaces;

/**
 * Slack Connect: a channel shared between several organisations' workspaces is one partnership, keyed by the channel and
 * the workspace that hosts it ({@code conversation_host_id} of {@code conversations.info}), whichever installation a
 * request came through. A request from a connected workspace is taken to the host's partnership only while Slack, asked
 * with that workspace's own token, shows the channel as shared with it ({@code is_ext_shared}, and the team among
 * {@code shared_team_ids} when Slack lists them): a workspace that was disconnected ({@code channel_unshared}) or never
 * connected reaches nothing of it. The answer is kept for {@link #FRESH_FOR}; a shared or unshared notice drops it.
 * Which installation can speak for a host that did not install the app is remembered (reference {@link #VIA}).
 */
public final class SharedChannels {

    public static final Duration FRESH_FOR = Duration.ofSeconds(60);
    /** The conversation reference key, under the host's workspace, naming the installation that serves it. */
    public static final String VIA = "slack:via";

    private record Entry(String workspace, Instant asked) {
    }

    private final BiPredicate<String, String> bound;
    private final Function<String, Optional<Conversation>> info;
    private final ConversationReferences references;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /**
     * @param bound whether a partnership is bound to a channel of a workspace
     * @param info  a channel's details as the current workspace's token sees them ({@code conversations.info})
     */
    public SharedChannels(BiPredicate<String, String> bound, Function<String, Optional<Conversation>> info,
                          ConversationReferences references, Clock clock) {
        this.bound = bound;
        this.info = info;
        this.references = references;
        this.clock = clock;
    }

    /** The workspace whose partnership an input from {@code workspace} in {@code channel} belongs to. */
    public String workspaceOf(String workspace, String channel) {
        if (channel == null || channel.startsWith("D") || bound.test(workspace, channel)) {
            return workspace; // a direct message, or a channel set up through this workspace (always, with one workspace)
        }
        String key = workspace + "\n" + channel;
        Instant now = clock.instant();
        Entry e = cache.get(key);
        if (e == null || !e.asked().plus(FRESH_FOR).isAfter(now)) {
            e = new Entry(ask(workspace, channel), now);
            cache.put(key, e);
        }
        return e.workspace();
    }

    private String ask(String workspace, String channel) {
        String[] ids = Workspaces.parse(workspace);
        Optional<Conversation> c = CurrentWorkspace.in(workspace, () -> info.apply(channel));
        if (ids == null || c.isEmpty() || !c.get().isExtShared()) {
            return workspace;
        }
        String host = c.get().getConversationHostId() != null ? c.get().getConversationHostId() : c.get().getContextTeamId();
        boolean listed = c.get().getSharedTeamIds() == null || c.get().getSharedTeamIds().isEmpty()
                || c.get().getSharedTeamIds().contains(ids[1]);
        if (host == null || host.equals(ids[1]) || !listed) {
            return workspace;
        }
        String hostWorkspace = Workspaces.key(null, host);
        references.save(hostWorkspace, VIA, workspace);
        return hostWorkspace;
    }

    /** {@code channel_shared} / {@code channel_unshared}: what was known of the channel is asked again. */
    public void changed(String channel) {
        cache.keySet().removeIf(k -> k.endsWith("\n" + channel));
    }

    /** A workspace was disconnected from a host's channel: it no longer speaks for that host. */
    public void disconnected(String hostWorkspace, String workspace) {
        if (references.findActive(hostWorkspace, VIA).filter(workspace::equals).isPresent()) {
            references.deactivate(hostWorkspace, VIA);
        }
    }
}

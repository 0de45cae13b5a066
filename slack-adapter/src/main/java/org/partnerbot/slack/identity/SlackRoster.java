package org.partnerbot.slack.identity;

import com.slack.api.model.Conversation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.partnerbot.core.access.ChannelRoster;
import org.partnerbot.core.access.Presence;
import org.partnerbot.core.access.Visibility;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.slack.outbound.CurrentWorkspace;

/**
 * Who is in a Slack channel, from {@code conversations.members} (every page), cached per channel for {@link #FRESH_FOR}
 * so a burst of direct messages costs one call; a {@code member_joined_channel} or {@code member_left_channel} for the
 * channel drops its cache at once. When Slack will not answer (an error, 429, a timeout) presence is
 * {@link Presence#UNAVAILABLE} and reads from outside the channel are refused; only a channel too large to read through
 * is unknown, where the stored membership (kept current by those events) stands.
 */
public final class SlackRoster implements ChannelRoster {

    /** How long a channel's member list is trusted before it is asked again. */
    public static final Duration FRESH_FOR = Duration.ofSeconds(60);

    private record Entry(Set<String> members, Instant fetched) {
    }

    private final java.util.function.Predicate<String> serves;
    private final Function<String, Optional<Set<String>>> members;
    private final Function<String, Optional<Conversation>> info;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /**
     * @param workspace the workspace this bot token serves; other workspaces' channels are not its to answer for
     * @param members   a channel's members ({@code conversations.members}), empty when too many to read, throwing when
     *                  Slack will not say
     * @param info      a channel's details ({@code conversations.info})
     */
    public SlackRoster(String workspace, Function<String, Optional<Set<String>>> members,
                       Function<String, Optional<Conversation>> info, Clock clock) {
        this(workspace::equals, members, info, clock);
    }

    /** @param serves the workspaces the bot is installed in (OAuth mode: many); others are not its to answer for */
    public SlackRoster(java.util.function.Predicate<String> serves, Function<String, Optional<Set<String>>> members,
                       Function<String, Optional<Conversation>> info, Clock clock) {
        this.serves = serves;
        this.members = members;
        this.info = info;
        this.clock = clock;
    }

    @Override
    public Presence presence(Partnership partnership, String userKey) {
        if (!serves.test(partnership.workspace())) {
            return Presence.UNKNOWN;
        }
        return CurrentWorkspace.in(partnership.workspace(), () -> presenceIn(partnership, userKey));
    }

    private Presence presenceIn(Partnership partnership, String userKey) {
        String channel = partnership.conversationKey();
        Instant now = clock.instant();
        Entry e = cache.get(channel);
        if (e == null || !e.fetched().plus(FRESH_FOR).isAfter(now)) {
            Optional<Set<String>> fetched;
            try {
                fetched = members.apply(channel);
            } catch (RuntimeException failed) {
                return Presence.UNAVAILABLE; // Slack keeps a roster and could not give it now: fail closed
            }
            if (fetched.isEmpty()) {
                return Presence.UNKNOWN;
            }
            e = new Entry(Set.copyOf(fetched.get()), now);
            cache.put(channel, e);
        }
        return e.members().contains(userKey) ? Presence.PRESENT : Presence.ABSENT;
    }

    @Override
    public Visibility visibility(String workspace, String conversationKey) {
        if (!serves.test(workspace)) {
            return Visibility.UNKNOWN;
        }
        return CurrentWorkspace.in(workspace, () -> info.apply(conversationKey)).map(c -> {
            boolean privateOrDirect = c.isPrivate() || c.isIm() || c.isMpim() || c.isGroup();
            return privateOrDirect ? Visibility.INVITED : c.isChannel() ? Visibility.WHOLE_WORKSPACE : Visibility.UNKNOWN;
        }).orElse(Visibility.UNKNOWN);
    }

    /** Someone joined or left the channel: its member list is asked again next time. */
    public void changed(String channel) {
        cache.remove(channel);
    }
}

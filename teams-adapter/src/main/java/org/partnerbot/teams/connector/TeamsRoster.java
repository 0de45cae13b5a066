package org.partnerbot.teams.connector;

import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.partnerbot.core.access.ChannelRoster;
import org.partnerbot.core.access.Presence;
import org.partnerbot.core.access.Visibility;
import org.partnerbot.core.partnership.Partnership;
import com.microsoft.bot.restclient.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a person is in a partnership's Teams conversation: the conversation's member list, asked through the stored
 * conversation reference ({@code TeamsInfo.getMember}, by Entra id, on the channel's team or the group chat), the answer
 * kept for {@link #FRESH_FOR}. Not found (404) means they left; any other failure (429, 5xx, a timeout) is
 * {@link Presence#UNAVAILABLE}: reads from outside the channel are refused until Teams answers again. With no stored
 * reference there is nothing to ask, and the stored membership (kept current by {@code membersRemoved}) stands.
 */
public final class TeamsRoster implements ChannelRoster {

    public static final Duration FRESH_FOR = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(TeamsRoster.class);

    private record Entry(Presence presence, Instant asked) {
    }

    private final SdkAdapter adapter;
    private final ReferenceStore references;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public TeamsRoster(SdkAdapter adapter, ReferenceStore references, Clock clock) {
        this.adapter = adapter;
        this.references = references;
        this.clock = clock;
    }

    @Override
    public Presence presence(Partnership partnership, String userKey) {
        String key = partnership.workspace() + "\n" + partnership.conversationRef() + "\n" + userKey;
        Instant now = clock.instant();
        Entry e = cache.get(key);
        if (e != null && e.asked().plus(FRESH_FOR).isAfter(now)) {
            return e.presence();
        }
        Presence p = ask(partnership, userKey);
        if (p == Presence.PRESENT || p == Presence.ABSENT) {
            cache.put(key, new Entry(p, now));
        }
        return p;
    }

    private Presence ask(Partnership partnership, String userKey) {
        Optional<ConversationReference> reference = references.find(partnership.workspace(), partnership.conversationRef());
        if (reference.isEmpty()) {
            return Presence.UNKNOWN;
        }
        AtomicReference<TeamsChannelAccount> found = new AtomicReference<>();
        try {
            adapter.continueConversation(adapter.appId(), reference.get(), turn -> TeamsInfo.getMember(turn, userKey)
                    .thenAccept(found::set)).join();
            return found.get() == null ? Presence.UNKNOWN : Presence.PRESENT;
        } catch (RuntimeException ex) {
            int status = status(ex);
            if (status == 404) {
                return Presence.ABSENT;
            }
            log.warn("Teams roster not available (HTTP {}); reads from outside the channel are refused", status);
            return Presence.UNAVAILABLE;
        }
    }

    @Override
    public Visibility visibility(String workspace, String conversationKey) {
        // A standard channel is its team's; whether the team is public takes Microsoft Graph, which the bot does not use.
        return Visibility.UNKNOWN;
    }

    /** Someone joined or left: forget what was last heard of them. */
    public void changed(String workspace, String userKey) {
        cache.keySet().removeIf(k -> k.startsWith(workspace + "\n") && k.endsWith("\n" + userKey));
    }

    private static int status(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RestException rest && rest.response() != null) {
                return rest.response().code();
            }
        }
        return -1;
    }
}

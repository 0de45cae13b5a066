package org.partnerbot.slack.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The names of Slack workspaces ({@code team.info}, scope {@code team:read}), so that a person of a connected
 * organisation is shown as "dan · Police Scotland" in a shared channel. Asked with the installation the request came
 * through (Slack answers for the teams that share a channel with it); cached a day, since organisations rarely rename.
 * A failed lookup (an installation made before the app asked for {@code team:read}, Slack unavailable) shows the person
 * by their name alone and is asked again after {@link #RETRY_AFTER}, not on every message.
 */
public final class Organisations {

    static final Duration FRESH_FOR = Duration.ofHours(24);
    static final Duration RETRY_AFTER = Duration.ofMinutes(10);

    /** A name (null when Slack would not say) and when to ask again. */
    private record Entry(String name, Instant askAgain) {
    }

    private final Function<String, Optional<String>> lookup;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    /** @param lookup a team id's name as Slack gives it, empty when Slack will not say */
    public Organisations(Function<String, Optional<String>> lookup, Clock clock) {
        this.lookup = lookup;
        this.clock = clock;
    }

    /** The workspace's name, or null when unknown. */
    public String nameOf(String teamId) {
        if (teamId == null || teamId.isBlank()) {
            return null;
        }
        Instant now = clock.instant();
        Entry e = cache.get(teamId);
        if (e != null && e.askAgain().isAfter(now)) {
            return e.name();
        }
        Optional<String> name = lookup.apply(teamId).filter(n -> !n.isBlank());
        // Failed: what was known stands, and Slack is asked again after a while rather than on every message.
        Entry next = name.map(n -> new Entry(n, now.plus(FRESH_FOR)))
                .orElseGet(() -> new Entry(e == null ? null : e.name(), now.plus(RETRY_AFTER)));
        cache.put(teamId, next);
        return next.name();
    }
}

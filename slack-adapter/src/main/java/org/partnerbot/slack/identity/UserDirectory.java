package org.partnerbot.slack.identity;

import com.slack.api.model.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.partnerbot.core.command.Speaker;

/**
 * Display names, time zones and locales of Slack users, from {@code users.info} (with {@code include_locale}, so a
 * Welsh-locale user reads the bot in Welsh until they choose otherwise). Cached because every message would
 * otherwise cost a Web API call (Tier 4, but still a round trip before the 3 s ack window matters); refreshed
 * hourly so renamed people and travellers catch up. A failed lookup is not cached: the next message retries.
 */
public final class UserDirectory {

    /**
     * What the core needs to know about a person. Any part may be null when Slack did not say.
     *
     * @param team       the person's own workspace ({@code team_id}: in a Slack Connect channel, their organisation's)
     * @param enterprise the Enterprise Grid organisation that workspace belongs to ({@code enterprise_user}), so a
     *                   guest's organisation has the same key as their workspace's installation
     */
    public record Profile(String displayName, ZoneId zone, String locale, String team, String enterprise) {
        public Profile(String displayName, ZoneId zone, String locale, String team) {
            this(displayName, zone, locale, team, null);
        }

        public Profile(String displayName, ZoneId zone, String locale) {
            this(displayName, zone, locale, null);
        }

        public Profile(String displayName, ZoneId zone) {
            this(displayName, zone, null);
        }
    }

    static final Duration FRESH_FOR = Duration.ofHours(1);

    private record Entry(Profile profile, Instant fetched) {
    }

    private final Function<String, Optional<User>> lookup;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public UserDirectory(Function<String, Optional<User>> lookup, Clock clock) {
        this.lookup = lookup;
        this.clock = clock;
    }

    public Profile profile(String userId) {
        Entry e = cache.get(userId);
        Instant now = clock.instant();
        if (e != null && e.fetched().plus(FRESH_FOR).isAfter(now)) {
            return e.profile();
        }
        Optional<User> user = lookup.apply(userId);
        if (user.isEmpty()) {
            return e != null ? e.profile() : new Profile(null, null);
        }
        Profile p = new Profile(name(user.get()), zone(user.get().getTz()), user.get().getLocale(), user.get().getTeamId(),
                enterpriseOf(user.get()));
        cache.put(userId, new Entry(p, now));
        return p;
    }

    /**
     * The person's Slack locale as already cached (however old), without calling Slack: an acknowledgement has no
     * time for {@code users.info}. Null when this process has not looked them up yet.
     */
    public String knownLocale(String userId) {
        Entry e = cache.get(userId);
        return e == null ? null : e.profile().locale();
    }

    public Speaker speaker(String userId) {
        Profile p = profile(userId);
        return new Speaker(userId, p.displayName(), p.zone(), p.locale());
    }

    /** The name for a mention of this user, or null when unknown. */
    public String nameOf(String userId) {
        return profile(userId).displayName();
    }

    /** Slack's own preference: the display name people chose, then their full name, then the handle. */
    private static String name(User u) {
        User.Profile p = u.getProfile();
        if (p != null && notBlank(p.getDisplayName())) {
            return p.getDisplayName();
        }
        if (p != null && notBlank(p.getRealName())) {
            return p.getRealName();
        }
        return notBlank(u.getRealName()) ? u.getRealName() : u.getName();
    }

    private static String enterpriseOf(User u) {
        return u.getEnterpriseUser() == null ? null : u.getEnterpriseUser().getEnterpriseId();
    }

    private static ZoneId zone(String tz) {
        try {
            return tz == null || tz.isBlank() ? null : ZoneId.of(tz);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}

package org.partnerbot.slack.install;

import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.service.OAuthStateService;
import java.time.Clock;
import java.time.Duration;
import org.partnerbot.core.messaging.Installations;

/**
 * Bolt's OAuth state on Partnerbot's own database, so an install link started on one node can finish on another. A
 * state is good once: it must match the installer's browser cookie, have been issued here and not have expired, and
 * checking it takes it (one {@code DELETE}), so a replayed or raced callback is refused even before Slack is asked.
 */
public final class DatabaseOAuthStateService implements OAuthStateService {

    static final Duration VALID_FOR = Duration.ofMinutes(10);

    private final Installations installations;
    private final Clock clock;

    public DatabaseOAuthStateService(Installations installations, Clock clock) {
        this.installations = installations;
        this.clock = clock;
    }

    @Override
    public long getExpirationInSeconds() {
        return VALID_FOR.toSeconds();
    }

    @Override
    public void addNewStateToDatastore(String state) {
        installations.issueState(state, clock.instant().plus(VALID_FOR));
    }

    @Override
    public boolean isAvailableInDatabase(String state) {
        return installations.stateAvailable(state, clock.instant());
    }

    /** As Bolt's check (the query's state equals the cookie's), then taken at once: valid for the first caller only. */
    @Override
    public boolean isValid(Request request) {
        String given = extractStateFromQueryString(request);
        if (given == null || given.isBlank()) {
            return false;
        }
        String inSession;
        try {
            inSession = extractStateFromSession(request);
        } catch (RuntimeException malformedCookie) { // e.g. a cookie with no value, which Bolt's parser trips on
            return false;
        }
        if (!given.equals(inSession)) {
            return false;
        }
        return installations.takeState(given, clock.instant());
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        // Already taken by isValid.
    }
}

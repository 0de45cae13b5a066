package org.partnerbot.core.schedule.calendar;

import java.time.Instant;
import java.util.Optional;

/** Port: the secret in each partnership's calendar subscription URL. */
public interface CalendarTokens {

    /** Whose calendar a token opens, and since when (the feed's first meeting is the first on or after it). */
    record Owner(String workspace, long partnershipId, Instant since) {
    }

    Optional<String> find(long partnershipId);

    /** Stores a new token for the partnership, replacing (and so revoking) any earlier one. */
    void replace(long partnershipId, String token);

    Optional<Owner> owner(String token);
}

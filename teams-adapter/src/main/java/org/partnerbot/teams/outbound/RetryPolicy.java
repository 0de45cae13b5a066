package org.partnerbot.teams.outbound;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter, never shorter than the connector's {@code Retry-After}. Teams allows about
 * 7 sends a second per conversation, so a burst of reminders meets 429s that clear within seconds.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration cap) {

    public static RetryPolicy standard() {
        return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30));
    }

    /** How long to wait before attempt {@code attempt + 1} (attempt counts from 1). */
    Duration delay(int attempt, Duration retryAfter) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt - 1, 16));
        long jittered = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        Duration backoff = Duration.ofMillis(jittered);
        if (retryAfter != null && retryAfter.compareTo(backoff) > 0) {
            return retryAfter.compareTo(cap) > 0 ? cap : retryAfter;
        }
        return backoff;
    }
}

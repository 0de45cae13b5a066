package org.partnerbot.slack.outbound;

import java.time.Duration;

/** Told each time Slack answers "rate limited" and a call waits before retrying (metrics count these). */
@FunctionalInterface
public interface RateLimitListener {

    RateLimitListener NONE = (method, wait) -> { };

    /** @param method the Web API method (or {@code response_url}) that was limited; @param wait how long it waits */
    void waiting(String method, Duration wait);
}

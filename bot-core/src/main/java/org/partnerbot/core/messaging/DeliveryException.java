package org.partnerbot.core.messaging;

import java.time.Duration;

/** A message that did not go out. {@code retryAfter} is the platform's hint (e.g. HTTP 429), or null. */
public class DeliveryException extends RuntimeException {

    private final boolean permanent;
    private final transient Duration retryAfter;

    public DeliveryException(String message, boolean permanent, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
        this.retryAfter = retryAfter;
    }

    /** True when retrying cannot help (the bot was removed from the conversation, the user blocked it). */
    public boolean permanent() {
        return permanent;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

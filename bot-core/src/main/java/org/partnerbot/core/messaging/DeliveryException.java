package org.partnerbot.core.messaging;

import java.time.Duration;

/** A message that did not go out. {@code retryAfter} is the platform's hint (e.g. HTTP 429), or null. */
public class DeliveryException extends RuntimeException {

    private final boolean permanent;
    private final boolean mayHaveArrived;
    private final transient Duration retryAfter;

    public DeliveryException(String message, boolean permanent, Duration retryAfter, Throwable cause) {
        this(message, permanent, false, retryAfter, cause);
    }

    private DeliveryException(String message, boolean permanent, boolean mayHaveArrived, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
        this.mayHaveArrived = mayHaveArrived;
        this.retryAfter = retryAfter;
    }

    /**
     * The request went out but no answer came back (a timeout, a broken connection): the platform may have taken
     * the message. Retried, but only after asking the platform whether it is there.
     */
    public static DeliveryException unanswered(String message, Throwable cause) {
        return new DeliveryException(message, false, true, null, cause);
    }

    /** True when retrying cannot help (the bot was removed from the conversation, the user blocked it). */
    public boolean permanent() {
        return permanent;
    }

    /** True when the message may have arrived although the send failed (see {@link #unanswered}). */
    public boolean mayHaveArrived() {
        return mayHaveArrived;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Nothing to send through: the platform adapters are not attached yet (retried). */
    public static DeliveryException noPlatformYet() {
        return new DeliveryException("no platform is attached to send through yet", false, null, null);
    }

    /** A partnership whose conversation was never stored: nothing can reach its channel (permanent). */
    public static DeliveryException noConversation(long partnershipId) {
        return new DeliveryException("no conversation reference stored for partnership " + partnershipId, true, null, null);
    }
}

package org.partnerbot.core.messaging;

import java.util.Objects;

/**
 * A message's own name, sent along with it where the platform keeps such data, so that after a send whose outcome
 * is unknown (the sender died, the connection broke) the platform can be asked whether the message is there.
 */
public record DeliveryTag(String value) {

    public DeliveryTag {
        Objects.requireNonNull(value);
    }

    /** The tag of one outbox message: stable across retries and nodes. */
    public static DeliveryTag ofOutboxMessage(long outboxId) {
        return new DeliveryTag("outbox-" + outboxId);
    }
}

package org.partnerbot.core.messaging;

import java.time.Instant;
import org.partnerbot.core.reply.Reply;

/**
 * Port: sends a message nobody asked for (reminders, escalations, welcomes). Each platform implements it.
 * Throws {@link DeliveryException} when the message did not go out, so callers can retry it later.
 */
public interface Messenger {

    void send(Destination destination, Reply reply);

    /**
     * Sends a message carrying its tag, where the platform can keep one, so that {@link #lookFor} can find it later.
     * Platforms that keep nothing of the kind just send it.
     */
    default void send(Destination destination, Reply reply, DeliveryTag tag) {
        send(destination, reply);
    }

    /**
     * Whether a message sent with this tag at or after {@code since} is in the destination's conversation. Asked only
     * when an earlier attempt may have arrived unseen, so a retry does not show the message twice.
     */
    default PriorDelivery lookFor(Destination destination, DeliveryTag tag, Instant since) {
        return PriorDelivery.CANNOT_TELL;
    }
}

package org.partnerbot.core.messaging;

import org.partnerbot.core.reply.Reply;

/**
 * Port: sends a message nobody asked for (reminders, escalations, welcomes). Each platform implements it.
 * Throws {@link DeliveryException} when the message did not go out, so callers can retry it later.
 */
public interface Messenger {

    void send(Destination destination, Reply reply);
}

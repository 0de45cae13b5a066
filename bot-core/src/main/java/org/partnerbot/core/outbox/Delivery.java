package org.partnerbot.core.outbox;

import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Reply;

/** Where and what one outbox message sends. */
public record Delivery(Destination destination, Reply reply) {

    /** To the recipient of an entry: the partnership's conversation, or one person by direct message. */
    public static Delivery to(Partnership p, Recipient r, Reply reply) {
        if (!r.channel()) {
            return new Delivery(Destination.person(p.workspace(), r.userKey(), r.displayName()), reply);
        }
        if (p.conversationRef() == null) {
            throw DeliveryException.noConversation(p.id());
        }
        return new Delivery(Destination.conversation(p.workspace(), p.conversationRef(), p.name()), reply);
    }
}

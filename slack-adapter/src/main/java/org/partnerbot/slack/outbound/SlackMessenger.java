package org.partnerbot.slack.outbound;

import java.util.Optional;
import org.partnerbot.core.messaging.ConversationReferences;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.slack.blocks.BlockKitRenderer;

/**
 * The core's outbound port for Slack: reminders and escalations go to the partnership's channel (its stored
 * channel id) or to a person by direct message, whose channel is opened once with {@code conversations.open}
 * and remembered as {@code user:<id>}. Failures surface as {@link DeliveryException} for the outbox to retry.
 */
public final class SlackMessenger implements Messenger {

    private final SlackCalls calls;
    private final ConversationReferences references;

    public SlackMessenger(SlackCalls calls, ConversationReferences references) {
        this.calls = calls;
        this.references = references;
    }

    @Override
    public void send(Destination destination, Reply reply) {
        String channel = destination.direct() ? directChannel(destination) : destination.conversationRef();
        try {
            calls.postMessage(channel, null, new BlockKitRenderer().render(reply, null), BlockKitRenderer.fallbackText(reply));
        } catch (DeliveryException e) {
            if (destination.direct() && e.permanent()) {
                references.deactivate(destination.workspace(), key(destination.userKey()));
            }
            throw e;
        }
    }

    private String directChannel(Destination d) {
        Optional<String> known = references.findActive(d.workspace(), key(d.userKey()));
        if (known.isPresent()) {
            return known.get();
        }
        String channel = calls.openDirect(d.userKey());
        references.save(d.workspace(), key(d.userKey()), channel);
        return channel;
    }

    /** The reference key of a person's direct conversation with the bot. */
    public static String key(String userId) {
        return "user:" + userId;
    }
}

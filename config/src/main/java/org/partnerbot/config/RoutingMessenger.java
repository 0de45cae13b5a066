package org.partnerbot.config;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.messaging.DeliveryTag;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.messaging.PriorDelivery;
import org.partnerbot.core.reply.Reply;

/**
 * Sends each message through the adapter of the destination's workspace: {@code slack:…} to Slack,
 * {@code teams:…} to Teams, {@code console} to the terminal.
 */
public final class RoutingMessenger implements Messenger {

    private final Map<String, Messenger> byPlatform = new ConcurrentHashMap<>();

    /** @param platform the workspace prefix before the first colon, e.g. {@code slack}, or {@code console} */
    public RoutingMessenger register(String platform, Messenger messenger) {
        byPlatform.put(platform, messenger);
        return this;
    }

    @Override
    public void send(Destination destination, Reply reply) {
        adapterFor(destination).send(destination, reply);
    }

    @Override
    public void send(Destination destination, Reply reply, DeliveryTag tag) {
        adapterFor(destination).send(destination, reply, tag);
    }

    @Override
    public PriorDelivery lookFor(Destination destination, DeliveryTag tag, Instant since) {
        return adapterFor(destination).lookFor(destination, tag, since);
    }

    private Messenger adapterFor(Destination destination) {
        String workspace = destination.workspace();
        int colon = workspace.indexOf(':');
        String platform = colon < 0 ? workspace : workspace.substring(0, colon);
        Messenger messenger = byPlatform.get(platform);
        if (messenger == null) {
            // Not permanent: the adapter may simply not be configured on this node right now.
            throw new DeliveryException("no adapter for workspace " + workspace + " is running", false, null, null);
        }
        return messenger;
    }
}

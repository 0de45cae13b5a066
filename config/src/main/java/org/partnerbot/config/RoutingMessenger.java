package org.partnerbot.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.messaging.Messenger;
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
        String workspace = destination.workspace();
        int colon = workspace.indexOf(':');
        String platform = colon < 0 ? workspace : workspace.substring(0, colon);
        Messenger messenger = byPlatform.get(platform);
        if (messenger == null) {
            // Not permanent: the adapter may simply not be configured on this node right now.
            throw new DeliveryException("no adapter for workspace " + workspace + " is running", false, null, null);
        }
        messenger.send(destination, reply);
    }
}

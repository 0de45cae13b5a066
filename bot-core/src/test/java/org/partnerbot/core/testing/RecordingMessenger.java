package org.partnerbot.core.testing;

import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.reply.PlainRenderer;
import org.partnerbot.core.reply.Reply;

/** Keeps what would have been sent; people listed in {@code unreachable} fail as a platform would. */
public final class RecordingMessenger implements Messenger {

    public record Sent(Destination destination, Reply reply) {
    }

    private final List<Sent> sent = new ArrayList<>();
    private final List<String> unreachable = new ArrayList<>();

    @Override
    public synchronized void send(Destination destination, Reply reply) {
        if (destination.userKey() != null && unreachable.contains(destination.userKey())) {
            throw new DeliveryException("user blocked the bot", true, null, null);
        }
        sent.add(new Sent(destination, reply));
    }

    public synchronized void unreachable(String userKey) {
        unreachable.add(userKey);
    }

    /** What was sent since the last call, as the console prints it: direct messages prefixed {@code (to NAME) }. */
    public synchronized List<String> drain() {
        List<String> lines = new ArrayList<>();
        for (Sent s : sent) {
            String prefix = s.destination().direct() ? "(to " + s.destination().displayName() + ") " : "";
            PlainRenderer.lines(s.reply()).forEach(l -> lines.add(prefix + l));
        }
        sent.clear();
        return lines;
    }
}

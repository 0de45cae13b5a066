package org.partnerbot.core.reminders;

import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.testing.CoreDriver;

/** Keeps what the bot sent unprompted, rendered as the console would ("(to NAME) " for direct messages). */
public final class RecordingMessenger implements Messenger {

    public record Sent(Destination destination, Reply reply) {
        public String text() {
            return String.join("\n", lines());
        }

        public List<String> lines() {
            List<String> out = new ArrayList<>();
            String prefix = destination.direct() ? "(to " + destination.displayName() + ") " : "";
            CoreDriver.render(new Reply(org.partnerbot.core.reply.Audience.CHANNEL, reply.blocks()), null)
                    .forEach(l -> out.add(prefix + l));
            return out;
        }
    }

    private final List<Sent> sent = new ArrayList<>();
    private int failuresToSimulate;
    private boolean permanent;

    @Override
    public synchronized void send(Destination destination, Reply reply) {
        if (failuresToSimulate > 0) {
            failuresToSimulate--;
            throw new org.partnerbot.core.messaging.DeliveryException("simulated outage", permanent, null, null);
        }
        sent.add(new Sent(destination, reply));
    }

    /** The next {@code n} sends fail (transiently, or for good). */
    public synchronized void failNext(int n, boolean forGood) {
        failuresToSimulate = n;
        permanent = forGood;
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<Sent> take() {
        List<Sent> out = List.copyOf(sent);
        sent.clear();
        return out;
    }
}

package org.partnerbot.core.reminders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.messaging.DeliveryTag;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.messaging.PriorDelivery;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.testing.CoreDriver;

/**
 * Keeps what the bot sent unprompted, rendered as the console would ("(to NAME) " for direct messages). Like a
 * platform, it can keep each message's tag and be asked for it later ({@link #keepTags}), and it can take a message
 * and then fail to answer, or take it and see its sender die before the answer ({@link #arriveThenFail}).
 */
public final class RecordingMessenger implements Messenger {

    /** What ends the sender after a message arrived: an Error, so nothing in the sender catches it (a kill). */
    public static final class SenderDied extends Error {
        SenderDied() {
            super("simulated: the sending process died after the platform took the message");
        }
    }

    /** How a send ends after the platform took the message. */
    public enum AfterArrival { NO_ANSWER, SENDER_DIES }

    public record Sent(Destination destination, Reply reply, DeliveryTag tag) {

        public Sent(Destination destination, Reply reply) {
            this(destination, reply, null);
        }

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
    private final List<DeliveryTag> lookedFor = new ArrayList<>();
    private int failuresToSimulate;
    private boolean permanent;
    private boolean keepsTags;
    private AfterArrival afterNextArrival;

    @Override
    public void send(Destination destination, Reply reply) {
        send(destination, reply, null);
    }

    @Override
    public synchronized void send(Destination destination, Reply reply, DeliveryTag tag) {
        if (failuresToSimulate > 0) {
            failuresToSimulate--;
            throw new org.partnerbot.core.messaging.DeliveryException("simulated outage", permanent, null, null);
        }
        sent.add(new Sent(destination, reply, tag));
        AfterArrival after = afterNextArrival;
        afterNextArrival = null;
        if (after == AfterArrival.NO_ANSWER) {
            throw org.partnerbot.core.messaging.DeliveryException.unanswered("simulated: read timed out", null);
        }
        if (after == AfterArrival.SENDER_DIES) {
            throw new SenderDied();
        }
    }

    @Override
    public synchronized PriorDelivery lookFor(Destination destination, DeliveryTag tag, Instant since) {
        lookedFor.add(tag);
        if (!keepsTags) {
            return PriorDelivery.CANNOT_TELL;
        }
        return sent.stream().anyMatch(s -> tag.equals(s.tag()) && s.destination().equals(destination))
                ? PriorDelivery.FOUND : PriorDelivery.NOT_FOUND;
    }

    /** Keeps each message's tag and answers {@link #lookFor} from them, as Slack's message metadata does. */
    public synchronized RecordingMessenger keepTags() {
        keepsTags = true;
        return this;
    }

    /** The next message arrives, and then the send ends as {@code how} says. */
    public synchronized void arriveThenFail(AfterArrival how) {
        afterNextArrival = how;
    }

    /** The tags the sender asked about, in order. */
    public synchronized List<DeliveryTag> lookedFor() {
        return List.copyOf(lookedFor);
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

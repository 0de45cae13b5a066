package org.partnerbot.slack.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.partnerbot.core.messaging.ConversationReferences;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.messaging.DeliveryTag;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.messaging.PriorDelivery;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Seal;
import org.partnerbot.slack.blocks.BlockKitRenderer;

/**
 * The core's outbound port for Slack: reminders and escalations go to the partnership's channel (its stored
 * channel id) or to a person by direct message, whose channel is opened once with {@code conversations.open}
 * and remembered as {@code user:<id>}. Failures surface as {@link DeliveryException} for the outbox to retry.
 * Reminders come in bursts (an agenda call and the duties reminder at once), and Slack allows about one
 * message per second per channel, so posts to one channel are spaced a second apart instead of provoking 429s.
 * Outbox messages carry their tag in Slack's message metadata, so a retry after a send of unknown outcome can
 * first look for the message in the conversation's history instead of posting it twice.
 */
public final class SlackMessenger implements Messenger {

    static final Duration SPACING = Duration.ofSeconds(1);
    /** Slack stamps messages with its own clock: look a little further back than our first attempt. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

    private final SlackCalls calls;
    private final java.util.function.Function<String, BotIdentity> bot;
    private final ConversationReferences references;
    private final Clock clock;
    private final Pause pause;
    private final Map<String, Long> nextSlotMillis = new ConcurrentHashMap<>();
    private final Seal seal;

    public SlackMessenger(SlackCalls calls, BotIdentity bot, ConversationReferences references, Clock clock, Pause pause,
                          Seal seal) {
        this(calls, workspace -> bot, references, clock, pause, seal);
    }

    /** @param bot who the bot is in each workspace (its posts are recognised by it in a channel's history) */
    public SlackMessenger(SlackCalls calls, java.util.function.Function<String, BotIdentity> bot,
                          ConversationReferences references, Clock clock, Pause pause, Seal seal) {
        this.seal = seal;
        this.calls = calls;
        this.bot = bot;
        this.references = references;
        this.clock = clock;
        this.pause = pause;
    }

    @Override
    public void send(Destination destination, Reply reply) {
        CurrentWorkspace.run(destination.workspace(), () -> post(destination, reply, null));
    }

    @Override
    public void send(Destination destination, Reply reply, DeliveryTag tag) {
        CurrentWorkspace.run(destination.workspace(), () -> post(destination, reply, tag.value()));
    }

    /**
     * Reads the conversation's history since the first attempt for a message carrying the tag in its metadata.
     * Where Slack will not show the history (an install without the history scopes), it cannot tell.
     */
    @Override
    public PriorDelivery lookFor(Destination destination, DeliveryTag tag, Instant since) {
        return CurrentWorkspace.in(destination.workspace(), () -> lookForIn(destination, tag, since));
    }

    private PriorDelivery lookForIn(Destination destination, DeliveryTag tag, Instant since) {
        try {
            Optional<Boolean> found = calls.findTagged(channelOf(destination), tag.value(), since.minus(CLOCK_SKEW),
                    bot.apply(destination.workspace()));
            return found.map(f -> f ? PriorDelivery.FOUND : PriorDelivery.NOT_FOUND).orElse(PriorDelivery.CANNOT_TELL);
        } catch (DeliveryException e) {
            if (e.permanent()) {
                return PriorDelivery.CANNOT_TELL;
            }
            throw e;
        }
    }

    private void post(Destination destination, Reply reply, String tag) {
        String channel = channelOf(destination);
        waitForSlot(channel);
        try {
            calls.postMessage(channel, null, new BlockKitRenderer(seal).render(reply, null), BlockKitRenderer.fallbackText(reply), tag);
        } catch (DeliveryException e) {
            if (destination.direct() && e.permanent()) {
                references.deactivate(destination.workspace(), key(destination.userKey()));
            }
            throw e;
        }
    }

    private void waitForSlot(String channel) {
        long now = clock.millis();
        long[] reserved = new long[1];
        nextSlotMillis.compute(channel, (c, next) -> {
            reserved[0] = next == null || next < now ? now : next;
            return reserved[0] + SPACING.toMillis();
        });
        long slot = reserved[0];
        if (slot > now) {
            try {
                pause.sleep(Duration.ofMillis(slot - now));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeliveryException("interrupted while pacing posts to " + channel, false, null, e);
            }
        }
    }

    private String channelOf(Destination d) {
        return d.direct() ? directChannel(d) : d.conversationRef();
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

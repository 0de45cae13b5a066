package org.partnerbot.slack.inbound;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.partnerbot.core.bot.PartnerBot;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.intake.Press;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.slack.identity.UserDirectory;
import org.partnerbot.slack.outbound.ReplyTarget;
import org.partnerbot.slack.text.IncomingText;
import org.partnerbot.slack.text.Mrkdwn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an input through the core after the ack: resolves the speaker, converts Slack text, calls
 * {@link PartnerBot#handle} and sends the answer to the reply target. A failed answer is logged, never thrown at
 * Slack (which has long been acked) and never shown as a stack trace.
 */
public final class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final PartnerBot bot;
    private final UserDirectory directory;
    private final WorkQueue queue;
    private final Supplier<String> botUserId;

    public Dispatcher(PartnerBot bot, UserDirectory directory, WorkQueue queue, Supplier<String> botUserId) {
        this.bot = bot;
        this.directory = directory;
        this.queue = queue;
        this.botUserId = botUserId;
    }

    public PartnerBot bot() {
        return bot;
    }

    public UserDirectory directory() {
        return directory;
    }

    /** Queues the input; {@code afterwards} (may be null) sees the reply, or null when the bot stayed silent. */
    public void dispatch(Input input, ReplyTarget target, Consumer<Reply> afterwards) {
        later(input.workspace() + "/" + input.channel(), () -> {
            Optional<Reply> reply = bot.handle(toInbound(input));
            reply.ifPresent(r -> deliver(target, r));
            if (afterwards != null) {
                afterwards.accept(reply.orElse(null));
            }
        });
    }

    /** Queues a press; the core opens its value and answers as for a command. */
    public void press(Pressed pressed, ReplyTarget target, Consumer<Reply> afterwards) {
        later(pressed.workspace() + "/" + pressed.channel(), () -> {
            Optional<Reply> reply = bot.press(toPress(pressed));
            reply.ifPresent(r -> deliver(target, r));
            if (afterwards != null) {
                afterwards.accept(reply.orElse(null));
            }
        });
    }

    Press toPress(Pressed p) {
        // Form text arrives raw: escape it into Slack's message form so the same conversion defuses look-alike markup.
        String typed = p.typed() == null ? null
                : IncomingText.toCommand(Mrkdwn.escape(p.typed()), botUserId.get(), directory::nameOf);
        return new Press(p.workspace(), p.channel(), p.channel(), p.kind(), directory.speaker(p.userId()), p.value(), typed,
                null);
    }

    /** Queues other slow work (App Home, welcomes) in the same per-conversation order. */
    public void later(String key, Runnable work) {
        queue.submit(key, work);
    }

    public Inbound toInbound(Input in) {
        Speaker speaker = directory.speaker(in.userId());
        String text = in.slackFormatted() ? IncomingText.toCommand(in.text(), botUserId.get(), directory::nameOf) : in.text();
        return new Inbound(in.workspace(), in.channel(), in.channel(), in.kind(), speaker, text, in.addressed(),
                in.partnershipId(), in.deliveryId());
    }

    public static void deliver(ReplyTarget target, Reply reply) {
        try {
            target.deliver(reply);
        } catch (DeliveryException e) {
            log.warn("Slack answer not delivered: {}", e.getMessage());
        }
    }
}

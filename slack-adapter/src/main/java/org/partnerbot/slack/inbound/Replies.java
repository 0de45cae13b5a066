package org.partnerbot.slack.inbound;

import java.util.List;
import com.slack.api.model.block.LayoutBlock;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.reply.Audience;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.slack.blocks.BlockKitRenderer;
import org.partnerbot.slack.outbound.SlackCalls;

/**
 * The reply targets: what only concerns the asker is ephemeral, what the partnership should see is posted in
 * the conversation. Slash commands and buttons answer through their response URL, which works even in a
 * channel the bot has not joined; mentions and channel lines answer with chat.postMessage/postEphemeral.
 */
public final class Replies {

    private final SlackCalls calls;

    public Replies(SlackCalls calls) {
        this.calls = calls;
    }

    public ReplyTarget responseUrl(String url) {
        return reply -> calls.respond(url, reply.audience() == Audience.CHANNEL, blocks(reply, null), fallback(reply));
    }

    /**
     * A response URL with a way round it: they expire after 30 minutes and five uses, so an answer to a form
     * submitted late is posted in the channel instead of being lost.
     */
    public ReplyTarget responseUrl(String url, String channel, String user) {
        ReplyTarget first = responseUrl(url);
        ReplyTarget instead = channel(channel, user, null);
        return reply -> {
            try {
                first.deliver(reply);
            } catch (DeliveryException e) {
                if (!e.permanent() || channel == null) {
                    throw e;
                }
                instead.deliver(reply);
            }
        };
    }

    /** In a channel (or thread): ephemeral to {@code user} for the asker, a post for everyone otherwise. */
    public ReplyTarget channel(String channel, String user, String threadTs) {
        return reply -> {
            if (reply.audience() == Audience.ASKER) {
                calls.postEphemeral(channel, user, threadTs, blocks(reply, null), fallback(reply));
            } else {
                calls.postMessage(channel, threadTs, blocks(reply, null), fallback(reply));
            }
        };
    }

    /** A direct conversation has one reader, so every answer is simply posted there. */
    public ReplyTarget direct(String channel, Long partnershipId) {
        return reply -> calls.postMessage(channel, null, blocks(reply, partnershipId), fallback(reply));
    }

    private static List<LayoutBlock> blocks(Reply reply, Long bindTo) {
        return new BlockKitRenderer().render(reply, bindTo);
    }

    private static String fallback(Reply reply) {
        return BlockKitRenderer.fallbackText(reply);
    }
}

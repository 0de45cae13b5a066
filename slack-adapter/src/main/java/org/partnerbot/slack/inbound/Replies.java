package org.partnerbot.slack.inbound;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import org.partnerbot.core.i18n.ReplyTexts;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.reply.Audience;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Seal;
import org.partnerbot.slack.blocks.BlockKitRenderer;
import org.partnerbot.slack.outbound.ReplyTarget;
import org.partnerbot.slack.outbound.SlackCalls;
import org.partnerbot.slack.text.Mrkdwn;

/**
 * The reply targets: what only concerns the asker is ephemeral, what the partnership should see is posted in
 * the conversation. Slash commands and buttons answer through their response URL, which works even in a
 * channel the bot has not joined; mentions and channel lines answer with chat.postMessage/postEphemeral.
 */
public final class Replies {

    /** What of a file's text is posted when it cannot be attached: well inside a message's 40,000 characters. */
    private static final int FILE_TEXT = 3500;

    private final SlackCalls calls;
    private final Seal seal;

    public Replies(SlackCalls calls, Seal seal) {
        this.calls = calls;
        this.seal = seal;
    }

    public ReplyTarget responseUrl(String url) {
        return reply -> calls.respond(url, reply.audience() == Audience.CHANNEL, blocks(reply, null), fallback(reply));
    }

    /**
     * Files in a reply (a minutes export) are shared in the conversation after the answer: a response URL cannot
     * carry a file. A personal file (`my data`) goes only to the asker's direct conversation with the bot, wherever
     * they asked. When the upload fails (no files:write scope, Slack unavailable) the file's text is posted there
     * instead, so it is never lost.
     */
    private ReplyTarget withFiles(ReplyTarget target, String channel, String threadTs, String user) {
        return reply -> {
            target.deliver(reply);
            for (Block block : reply.blocks()) {
                if (!(block instanceof Block.Attachment file)) {
                    continue;
                }
                if (!file.personal()) {
                    if (channel != null) {
                        share(channel, threadTs, file, reply);
                    }
                } else if (channel != null && SlashCommands.isDirect(channel)) {
                    share(channel, null, file, reply);
                } else if (user != null) {
                    share(calls.openDirect(user), null, file, reply);
                }
            }
        };
    }

    private void share(String channel, String threadTs, Block.Attachment file, Reply reply) {
        try {
            calls.uploadFile(channel, threadTs, file.fileName(), file.content());
        } catch (DeliveryException e) {
            // The answer already went out; rather than retrying it with the file, post the file's text now.
            String text = file.content().length() > FILE_TEXT ? file.content().substring(0, FILE_TEXT) + "\n…" : file.content();
            // Slack's reason stays as Slack gave it: it is what an admin would search for.
            calls.postMessage(channel, threadTs, List.of(), ReplyTexts.of(reply).t("slack.file.notAttached", file.fileName(),
                    e.getMessage()) + "\n```" + Mrkdwn.escape(text) + "```");
        }
    }

    /**
     * A response URL with a way round it: they expire after 30 minutes and five uses, so an answer to a form
     * submitted late is posted in the channel instead of being lost.
     */
    public ReplyTarget responseUrl(String url, String channel, String user) {
        ReplyTarget first = responseUrl(url);
        ReplyTarget instead = postIn(channel, user, null);
        return withFiles(reply -> {
            try {
                first.deliver(reply);
            } catch (DeliveryException e) {
                if (!e.permanent() || channel == null) {
                    throw e;
                }
                instead.deliver(reply);
            }
        }, channel, null, user);
    }

    /** In a channel (or thread): ephemeral to {@code user} for the asker, a post for everyone otherwise. */
    public ReplyTarget channel(String channel, String user, String threadTs) {
        return withFiles(postIn(channel, user, threadTs), channel, threadTs, user);
    }

    /** Only the files of a reply whose answer went elsewhere (App Home): a personal one to the user's direct messages. */
    public ReplyTarget filesOnly(String user) {
        return withFiles(reply -> { }, null, null, user);
    }

    private ReplyTarget postIn(String channel, String user, String threadTs) {
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
        return withFiles(reply -> calls.postMessage(channel, null, blocks(reply, partnershipId), fallback(reply)), channel,
                null, null);
    }

    private List<LayoutBlock> blocks(Reply reply, Long bindTo) {
        return new BlockKitRenderer(seal).render(reply, bindTo);
    }

    private static String fallback(Reply reply) {
        return BlockKitRenderer.fallbackText(reply);
    }
}

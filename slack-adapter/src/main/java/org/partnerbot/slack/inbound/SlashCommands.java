package org.partnerbot.slack.inbound;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import java.util.regex.Pattern;
import org.partnerbot.core.intake.ConversationKind;
import org.partnerbot.slack.outbound.ReplyTarget;
import org.partnerbot.slack.text.Workspaces;

/**
 * {@code /partner <command>}. Any slash command routed to this app is accepted, so a workspace that had to
 * rename it (another app owns {@code /partner}) still works. Acked at once; the command runs after.
 */
public final class SlashCommands {

    private SlashCommands() {
    }

    public static void register(App app, Dispatcher dispatcher, Replies replies) {
        app.command(Pattern.compile("^/.+"), (req, ctx) -> {
            SlashCommandPayload p = req.getPayload();
            String workspace = Workspaces.key(p.getEnterpriseId(), p.getTeamId());
            String channel = p.getChannelId();
            Input input = new Input(workspace, channel, kindOf(channel), p.getUserId(), p.getText(), true, true, null,
                    deliveryId(p));
            ReplyTarget target = p.getResponseUrl() != null && !p.getResponseUrl().isBlank()
                    ? replies.responseUrl(p.getResponseUrl(), channel, p.getUserId())
                    : replies.channel(channel, p.getUserId(), null);
            dispatcher.dispatch(input, target, null);
            return ctx.ack();
        });
    }

    /**
     * Slack gives every invocation its own {@code trigger_id}. The same body arriving twice (a proxy or load
     * balancer retrying it, perhaps on another node) is therefore one command, run once.
     */
    static String deliveryId(SlashCommandPayload p) {
        String trigger = p.getTriggerId();
        return trigger == null || trigger.isBlank() ? null : "slash:" + trigger;
    }

    /** Slack's channel ids say what they are: D… is a direct conversation with the bot. */
    static ConversationKind kindOf(String channelId) {
        return isDirect(channelId) ? ConversationKind.DIRECT : ConversationKind.CHANNEL;
    }

    static boolean isDirect(String channelId) {
        return channelId != null && channelId.startsWith("D");
    }
}

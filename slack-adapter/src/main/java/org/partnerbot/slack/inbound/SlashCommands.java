package org.partnerbot.slack.inbound;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import java.util.regex.Pattern;
import org.partnerbot.core.intake.ConversationKind;
import org.partnerbot.slack.text.Workspaces;

/**
 * {@code /partner <command>}. Any slash command routed to this app is accepted, so a workspace that had to
 * rename it (another app owns {@code /partner}) still works. Recorded in the inbox, then acked; the command runs after.
 */
public final class SlashCommands {

    private SlashCommands() {
    }

    public static void register(App app, SlackInbox inbox, AckTexts words) {
        app.command(Pattern.compile("^/.+"), (req, ctx) -> {
            SlashCommandPayload p = req.getPayload();
            String workspace = Workspaces.key(p.getEnterpriseId(), p.getTeamId());
            String channel = p.getChannelId();
            boolean viaUrl = p.getResponseUrl() != null && !p.getResponseUrl().isBlank();
            Pending pending = new Pending(Pending.Kind.SAY, workspace, channel, p.getUserId(), p.getText(), true, true, null,
                    viaUrl ? Pending.Answer.RESPONSE_URL : Pending.Answer.CHANNEL, viaUrl ? p.getResponseUrl() : null, null, null);
            return Acks.command(ctx, inbox.offer(key(p, req.getRequestBodyAsString()), pending),
                    () -> words.busy(workspace, p.getUserId()));
        });
    }

    /**
     * Slack gives every invocation its own {@code trigger_id}. The same body arriving twice (a proxy or load
     * balancer retrying it, perhaps on another node, or a replay) is therefore one command, run once.
     */
    static String key(SlashCommandPayload p, String body) {
        String trigger = p.getTriggerId();
        return trigger == null || trigger.isBlank() ? SlackInbox.requestKey("cmd", body) : SlackInbox.commandKey(trigger);
    }

    /** Slack's channel ids say what they are: D… is a direct conversation with the bot. */
    static ConversationKind kindOf(String channelId) {
        return isDirect(channelId) ? ConversationKind.DIRECT : ConversationKind.CHANNEL;
    }

    static boolean isDirect(String channelId) {
        return channelId != null && channelId.startsWith("D");
    }
}

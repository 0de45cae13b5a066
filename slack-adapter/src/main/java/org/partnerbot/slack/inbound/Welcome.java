package org.partnerbot.slack.inbound;

import com.slack.api.bolt.App;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import com.slack.api.model.event.MemberLeftChannelEvent;
import org.partnerbot.core.access.Leaving;
import org.partnerbot.slack.identity.SlackRoster;
import java.util.function.Supplier;
import org.partnerbot.core.bot.PartnerBot;
import org.partnerbot.core.i18n.Bilingual;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.welcome.Joining;
import org.partnerbot.slack.blocks.BlockKitRenderer;
import org.partnerbot.slack.identity.UserDirectory;
import org.partnerbot.slack.outbound.SlackCalls;
import org.partnerbot.slack.text.Workspaces;

/**
 * {@code member_joined_channel}: the core decides and writes the welcome (a person joining a partnership's channel gets
 * it by direct message, through the outbox, as on Teams); when the bot itself is added to a channel that is not a
 * partnership yet, it says how to set one up in Slack's words. {@code member_left_channel}: the person's membership
 * through the channel ends at once. Both drop the channel's cached member list.
 */
public final class Welcome {

    private final PartnerBot bot;
    private final UserDirectory directory;
    private final SlackCalls calls;
    private final Supplier<String> botUserId;
    private final SlackRoster roster;

    public Welcome(PartnerBot bot, UserDirectory directory, SlackCalls calls, Supplier<String> botUserId, SlackRoster roster) {
        this.bot = bot;
        this.directory = directory;
        this.calls = calls;
        this.botUserId = botUserId;
        this.roster = roster;
    }

    public void register(App app, SlackInbox inbox) {
        app.event(MemberJoinedChannelEvent.class, (payload, ctx) -> {
            MemberJoinedChannelEvent e = payload.getEvent();
            String workspace = Workspaces.key(payload.getEnterpriseId(), payload.getTeamId());
            roster.changed(e.getChannel());
            return Acks.event(ctx, inbox.offer(SlackInbox.eventKey(payload.getEventId()), new Pending(Pending.Kind.JOINED,
                    workspace, e.getChannel(), e.getUser(), null, false, false, null, Pending.Answer.CHANNEL, null, null, null)));
        });
        app.event(MemberLeftChannelEvent.class, (payload, ctx) -> {
            MemberLeftChannelEvent e = payload.getEvent();
            String workspace = Workspaces.key(payload.getEnterpriseId(), payload.getTeamId());
            roster.changed(e.getChannel());
            if (e.getUser() == null || e.getChannel() == null) {
                return ctx.ack();
            }
            return Acks.event(ctx, inbox.offer(SlackInbox.eventKey(payload.getEventId()), new Pending(Pending.Kind.LEFT,
                    workspace, e.getChannel(), e.getUser(), null, false, false, null, Pending.Answer.CHANNEL, null, null, null)));
        });
    }

    /** The person left the channel: their membership through it ends (recorded once, under the event's key). */
    void left(String workspace, String channel, String user, String deliveryId) {
        bot.left(new Leaving(workspace, channel, user, deliveryId));
    }

    void joined(String workspace, String channel, String user, String eventId) {
        if (user.equals(botUserId.get())) {
            if (bot.added(workspace, channel, eventId)) {
                Reply r = Bilingual.compose(bot.unboundChannelReaders(), Welcome::introduction);
                calls.postMessage(channel, null, new BlockKitRenderer(bot.seal()).render(r, null), BlockKitRenderer.fallbackText(r));
            }
            return;
        }
        bot.joined(new Joining(workspace, channel, user, directory.nameOf(user), eventId));
    }

    /** What the bot says when it is added to a channel that is no partnership yet: how Slack users reach it. */
    static Reply introduction(Texts t) {
        return Reply.channel()
                .text(t.t("slack.introduction"))
                .note(t.line("slack.introduction.setup", Line.builder().code(t.t("slack.command.setup")).build(),
                        Line.builder().code(t.t("slack.command.help")).build()))
                .build();
    }
}

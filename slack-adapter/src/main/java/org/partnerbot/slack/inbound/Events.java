package org.partnerbot.slack.inbound;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import java.util.function.Supplier;
import org.partnerbot.slack.text.Workspaces;

/**
 * Events API: mentions of the bot, every message in channels the bot is in (MeetBot lines and lines said while
 * a meeting is live; the core decides what is a command), direct messages, and App Home opens. Each is recorded in the
 * inbox under its {@code event_id}, so Slack's retries of the same event have one effect.
 */
public final class Events {

    private Events() {
    }

    public static void register(App app, SlackInbox inbox, Supplier<String> botUserId) {
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent e = payload.getEvent();
            if (e.getUser() == null || e.getBotId() != null) {
                return ctx.ack();
            }
            String workspace = Workspaces.key(payload.getEnterpriseId(), payload.getTeamId());
            return Acks.event(ctx, inbox.offer(SlackInbox.eventKey(payload.getEventId()), new Pending(Pending.Kind.SAY,
                    workspace, e.getChannel(), e.getUser(), e.getText(), true, true, null, Pending.Answer.CHANNEL, null,
                    e.getThreadTs(), null, e.getUserTeam())));
        });

        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent e = payload.getEvent();
            if (e.getUser() == null || e.getBotId() != null) {
                return ctx.ack(); // other bots, and our own posts, are not people talking
            }
            String workspace = Workspaces.key(payload.getEnterpriseId(), payload.getTeamId());
            if ("im".equals(e.getChannelType())) {
                return Acks.event(ctx, inbox.offer(SlackInbox.eventKey(payload.getEventId()), new Pending(Pending.Kind.SAY,
                        workspace, e.getChannel(), e.getUser(), e.getText(), true, true, null, Pending.Answer.DIRECT, null,
                        null, null)));
            }
            if (mentionsBot(e.getText(), botUserId.get())) {
                // A message mentioning the bot also arrives as app_mention, which answers it; here it would run twice.
                return ctx.ack();
            }
            return Acks.event(ctx, inbox.offer(SlackInbox.eventKey(payload.getEventId()), new Pending(Pending.Kind.SAY,
                    workspace, e.getChannel(), e.getUser(), e.getText(), true, false, null, Pending.Answer.CHANNEL, null,
                    e.getThreadTs(), null, e.getTeam())));
        });

        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent e = payload.getEvent();
            if (!"home".equals(e.getTab()) || e.getUser() == null) {
                return ctx.ack();
            }
            String workspace = Workspaces.key(payload.getEnterpriseId(), payload.getTeamId());
            return Acks.event(ctx, inbox.offer(SlackInbox.eventKey(payload.getEventId()), new Pending(Pending.Kind.HOME_OPENED,
                    workspace, null, e.getUser(), null, false, false, null, Pending.Answer.HOME, null, null, null)));
        });
    }

    static boolean mentionsBot(String text, String botUserId) {
        return text != null && botUserId != null && text.contains("<@" + botUserId);
    }
}

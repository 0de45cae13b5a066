package org.partnerbot.slack.inbound;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import java.util.function.Supplier;
import org.partnerbot.core.intake.ConversationKind;
import org.partnerbot.core.messaging.ConversationReferences;
import org.partnerbot.slack.home.AppHome;
import org.partnerbot.slack.outbound.SlackMessenger;
import org.partnerbot.slack.text.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events API: mentions of the bot, every message in channels the bot is in (MeetBot lines and lines said while
 * a meeting is live; the core decides what is a command), direct messages, and App Home opens. Each carries its
 * {@code event_id} as the delivery id, so Slack's retries of the same event have one effect.
 */
public final class Events {

    private static final Logger log = LoggerFactory.getLogger(Events.class);

    private Events() {
    }

    public static void register(App app, Dispatcher dispatcher, Replies replies, AppHome home,
                                ConversationReferences references, Supplier<String> botUserId) {
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent e = payload.getEvent();
            if (e.getUser() != null && e.getBotId() == null) {
                String workspace = Workspaces.key(payload.getEnterpriseId(), payload.getTeamId());
                dispatcher.dispatch(new Input(workspace, e.getChannel(), SlashCommands.kindOf(e.getChannel()), e.getUser(),
                        e.getText(), true, true, null, payload.getEventId()),
                        replies.channel(e.getChannel(), e.getUser(), e.getThreadTs()), null);
            }
            return ctx.ack();
        });

        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent e = payload.getEvent();
            if (e.getUser() == null || e.getBotId() != null) {
                return ctx.ack(); // other bots, and our own posts, are not people talking
            }
            String workspace = Workspaces.key(payload.getEnterpriseId(), payload.getTeamId());
            boolean direct = "im".equals(e.getChannelType());
            if (direct) {
                dispatcher.later(workspace + "/" + e.getChannel(),
                        () -> references.save(workspace, SlackMessenger.key(e.getUser()), e.getChannel()));
                dispatcher.dispatch(new Input(workspace, e.getChannel(), ConversationKind.DIRECT, e.getUser(), e.getText(),
                        true, true, null, payload.getEventId()), replies.direct(e.getChannel(), null), null);
            } else if (!mentionsBot(e.getText(), botUserId.get())) {
                // A message mentioning the bot also arrives as app_mention, which answers it; here it would run twice.
                dispatcher.dispatch(new Input(workspace, e.getChannel(), ConversationKind.CHANNEL, e.getUser(), e.getText(),
                        true, false, null, payload.getEventId()),
                        replies.channel(e.getChannel(), e.getUser(), e.getThreadTs()), null);
            }
            return ctx.ack();
        });

        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent e = payload.getEvent();
            if ("home".equals(e.getTab()) && e.getUser() != null) {
                String workspace = Workspaces.key(payload.getEnterpriseId(), payload.getTeamId());
                dispatcher.later(workspace + "/" + AppHome.conversationKey(e.getUser()), () -> {
                    try {
                        home.publish(workspace, e.getUser(), null);
                    } catch (RuntimeException ex) {
                        log.warn("App Home not published: {}", ex.getMessage());
                    }
                });
            }
            return ctx.ack();
        });
    }

    static boolean mentionsBot(String text, String botUserId) {
        return text != null && botUserId != null && text.contains("<@" + botUserId);
    }
}

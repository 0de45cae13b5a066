package org.partnerbot.slack.inbound;

import com.slack.api.bolt.App;
import com.slack.api.model.event.ChannelSharedEvent;
import com.slack.api.model.event.ChannelUnsharedEvent;
import org.partnerbot.slack.identity.SharedChannels;
import org.partnerbot.slack.identity.SlackRoster;
import org.partnerbot.slack.text.Workspaces;

/**
 * {@code channel_shared} and {@code channel_unshared}: who is connected to a channel changed, so whose partnership its
 * inputs reach, and who is in it, are asked of Slack again. An unshared workspace's people are no longer in the channel
 * (reads from outside it end their membership) and its inputs no longer reach the host's partnership.
 */
public final class Sharing {

    private Sharing() {
    }

    public static void register(App app, SharedChannels shared, SlackRoster roster) {
        app.event(ChannelSharedEvent.class, (payload, ctx) -> {
            shared.changed(payload.getEvent().getChannel());
            roster.changed(payload.getEvent().getChannel());
            return ctx.ack();
        });
        app.event(ChannelUnsharedEvent.class, (payload, ctx) -> {
            ChannelUnsharedEvent e = payload.getEvent();
            shared.changed(e.getChannel());
            roster.changed(e.getChannel());
            if (e.getPreviouslyConnectedTeamId() != null && payload.getTeamId() != null) {
                shared.disconnected(Workspaces.key(payload.getEnterpriseId(), payload.getTeamId()),
                        Workspaces.key(null, e.getPreviouslyConnectedTeamId()));
            }
            return ctx.ack();
        });
    }
}

package org.partnerbot.slack.inbound;

import com.slack.api.bolt.App;
import com.slack.api.model.event.MemberJoinedChannelEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.partnerbot.core.intake.Inbox;
import org.partnerbot.core.transaction.Transactions;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Agency;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.slack.blocks.BlockKitRenderer;
import org.partnerbot.slack.outbound.SlackCalls;
import org.partnerbot.slack.text.Workspaces;

/**
 * {@code member_joined_channel}: someone joining a partnership channel is told, privately, what the partnership
 * is for and asked which agency they are with (one button per agency, each running {@code agency join}).
 * When the bot itself is added to a channel that is not a partnership yet, it says how to set one up.
 */
public final class Welcome {

    /** Enough choice for any real partnership, within Slack's 25 buttons per actions block. */
    static final int MAX_AGENCY_BUTTONS = 20;

    private final Partnerships partnerships;
    private final Agencies agencies;
    private final Inbox deliveryLog;
    private final Transactions transactions;
    private final SlackCalls calls;
    private final Supplier<String> botUserId;

    public Welcome(Partnerships partnerships, Agencies agencies, Inbox deliveryLog, Transactions transactions,
                   SlackCalls calls, Supplier<String> botUserId) {
        this.partnerships = partnerships;
        this.agencies = agencies;
        this.deliveryLog = deliveryLog;
        this.transactions = transactions;
        this.calls = calls;
        this.botUserId = botUserId;
    }

    public void register(App app, Dispatcher dispatcher) {
        app.event(MemberJoinedChannelEvent.class, (payload, ctx) -> {
            MemberJoinedChannelEvent e = payload.getEvent();
            String workspace = Workspaces.key(payload.getEnterpriseId(), payload.getTeamId());
            dispatcher.later(workspace + "/" + e.getChannel(),
                    () -> welcome(workspace, e.getChannel(), e.getUser(), payload.getEventId()));
            return ctx.ack();
        });
    }

    void welcome(String workspace, String channel, String user, String eventId) {
        Optional<Reply> reply = transactions.inTransaction(() -> {
            // Recorded with the decision, so a retried event does not welcome anyone twice.
            if (eventId != null && !deliveryLog.firstDelivery(workspace, eventId)) {
                return Optional.<Reply>empty();
            }
            Optional<Partnership> p = partnerships.findByConversation(workspace, channel);
            if (user.equals(botUserId.get())) {
                return p.isPresent() ? Optional.<Reply>empty() : Optional.of(introduction());
            }
            return p.map(partnership -> welcome(partnership, user, agencies.list(partnership.id())));
        });
        reply.ifPresent(r -> {
            if (user.equals(botUserId.get())) {
                calls.postMessage(channel, null, new BlockKitRenderer().render(r, null), BlockKitRenderer.fallbackText(r));
            } else {
                calls.postEphemeral(channel, user, null, new BlockKitRenderer().render(r, null), BlockKitRenderer.fallbackText(r));
            }
        });
    }

    static Reply welcome(Partnership p, String user, List<Agency> agencyList) {
        Reply.Builder b = Reply.asker()
                .line(Line.builder().text("Welcome to ").strong(p.name()).text(", ").person(user, null).text("!").build());
        if (p.hasPurpose()) {
            b.line(Line.builder().text("Our shared purpose: ").text(p.purpose()).build());
        }
        if (agencyList.isEmpty()) {
            b.text("Which agency are you with? No agencies are listed yet: an admin can add yours with `agency add <name>`.");
            return b.build();
        }
        b.text("Which agency are you with?");
        b.buttons(agencyList.stream().limit(MAX_AGENCY_BUTTONS)
                .map(a -> Button.of(a.name(), "agency.join", "agency join " + a.name()))
                .toArray(Button[]::new));
        return b.note(Line.builder().text("Not listed? Ask an admin to run ").code("/partner agency add <name>")
                .text(". Everything I can do: ").code("/partner help").build()).build();
    }

    static Reply introduction() {
        return Reply.channel()
                .text("Hello! I am Partnerbot: I keep a multi-agency partnership's agenda, duties and actions, and chase"
                        + " what nobody owns.")
                .note(Line.builder().text("An admin makes this channel a partnership with ").code("/partner setup <name>")
                        .text(". See ").code("/partner help").text(".").build())
                .build();
    }
}

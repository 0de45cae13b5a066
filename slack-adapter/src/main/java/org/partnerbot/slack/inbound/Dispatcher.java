package org.partnerbot.slack.inbound;

import java.util.Optional;
import java.util.function.Supplier;
import org.partnerbot.core.bot.PartnerBot;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.InboxEntry;
import org.partnerbot.core.intake.InboxWork;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.intake.Press;
import org.partnerbot.core.messaging.ConversationReferences;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.slack.home.AppHome;
import org.partnerbot.slack.identity.Organisations;
import org.partnerbot.slack.identity.SharedChannels;
import org.partnerbot.slack.identity.UserDirectory;
import org.partnerbot.slack.outbound.CurrentWorkspace;
import org.partnerbot.slack.outbound.ReplyTarget;
import org.partnerbot.slack.outbound.SlackMessenger;
import org.partnerbot.slack.text.IncomingText;
import org.partnerbot.slack.text.Mrkdwn;
import org.partnerbot.slack.text.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack side of the inbox's workers: what an accepted input left there ({@link Pending}) runs after the ack —
 * the speaker resolved, Slack text converted, {@link PartnerBot#handle} called, and the answer sent where the asker
 * expects it. An entry that already carries its answer (the command committed before the process stopped) only
 * sends it. A failed answer is logged, never thrown at Slack (long acked) and never shown as a stack trace.
 */
public final class Dispatcher implements InboxWork {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final PartnerBot bot;
    private final UserDirectory directory;
    private final Supplier<String> botUserId;
    private Replies replies;
    private AppHome home;
    private Welcome welcome;
    private ConversationReferences references;
    private SharedChannels shared;
    private Organisations organisations;

    public Dispatcher(PartnerBot bot, UserDirectory directory, Supplier<String> botUserId) {
        this.bot = bot;
        this.directory = directory;
        this.botUserId = botUserId;
    }

    /** Where answers go and what the other kinds of input need; set once while the adapter is built. */
    public Dispatcher answeringThrough(Replies replies, AppHome home, Welcome welcome, ConversationReferences references) {
        this.replies = replies;
        this.home = home;
        this.welcome = welcome;
        this.references = references;
        return this;
    }

    /** Slack Connect: inputs in a channel shared with the host's workspace reach the host's partnership. */
    public Dispatcher sharingChannelsThrough(SharedChannels shared) {
        this.shared = shared;
        return this;
    }

    /** Names of the people's own organisations, so guests in a shared channel are shown with theirs. */
    public Dispatcher namingOrganisationsThrough(Organisations organisations) {
        this.organisations = organisations;
        return this;
    }

    /**
     * The person, with their own organisation: the workspace the payload or Slack's directory says they belong to (in a
     * Slack Connect channel, perhaps not the one whose installation the request came through), as a workspace key.
     */
    Speaker speaker(Pending p) {
        UserDirectory.Profile profile = directory.profile(p.user());
        Speaker speaker = new Speaker(p.user(), profile.displayName(), profile.zone(), profile.locale());
        String[] via = Workspaces.parse(p.workspace());
        String team = p.userTeam() != null && !p.userTeam().isBlank() ? p.userTeam() : profile.team();
        if (via == null || team == null || team.isBlank()) {
            return speaker.withOrganisation(p.workspace(), organisations == null || via == null ? null
                    : organisations.nameOf(via[1]));
        }
        // A guest of an Enterprise Grid workspace: the key keeps their organisation's enterprise id, as their workspace's
        // own installation's does, so their direct messages through it find what they are a member of.
        String enterprise = team.equals(profile.team()) ? profile.enterprise() : null;
        String organisation = team.equals(via[1]) ? p.workspace() : Workspaces.key(enterprise, team);
        return speaker.withOrganisation(organisation, organisations == null ? null : organisations.nameOf(team));
    }

    /** The workspace whose partnership an input in this conversation belongs to (the host's, in a shared channel). */
    private String workspaceOf(Pending p, String conversation) {
        return shared == null || p.answer() == Pending.Answer.HOME ? p.workspace() : shared.workspaceOf(p.workspace(), conversation);
    }

    public PartnerBot bot() {
        return bot;
    }

    public UserDirectory directory() {
        return directory;
    }

    @Override
    public void run(InboxEntry entry) {
        Pending p = Pending.fromJson(entry.arrival().input());
        CurrentWorkspace.run(p.workspace(), () -> run(p, entry));
    }

    private void run(Pending p, InboxEntry entry) {
        switch (p.kind()) {
            case SAY -> say(p, entry);
            case HOME_OPENED -> publishHome(p.workspace(), p.user(), null);
            case JOINED -> welcome.joined(workspaceOf(p, p.channel()), p.channel(), p.user(), entry.deliveryId());
            case PRESS -> answer(p, entry.answer().isPresent() ? entry.answer().filter(r -> !r.isEmpty())
                    : bot.press(toPress(p, entry.deliveryId())));
            case LEFT -> welcome.left(workspaceOf(p, p.channel()), p.channel(), p.user(), entry.deliveryId());
        }
    }

    private void say(Pending p, InboxEntry entry) {
        if (p.answer() == Pending.Answer.DIRECT) {
            references.save(p.workspace(), SlackMessenger.key(p.user()), p.channel());
        }
        answer(p, entry.answer().isPresent() ? entry.answer().filter(r -> !r.isEmpty())
                : bot.handle(toInbound(p, entry.deliveryId())));
    }

    private void answer(Pending p, Optional<Reply> reply) {
        ReplyTarget target = target(p);
        reply.ifPresent(r -> deliver(target, r));
        if (p.answer() == Pending.Answer.HOME) {
            publishHome(p.workspace(), p.user(), reply.orElse(null));
        }
    }

    Press toPress(Pending p, String deliveryId) {
        // Form text arrives raw: escape it into Slack's message form so the same conversion defuses look-alike markup.
        String typed = p.typed() == null ? null
                : IncomingText.toCommand(Mrkdwn.escape(p.typed()), botUserId.get(), directory::nameOf);
        String conversation = p.answer() == Pending.Answer.HOME ? AppHome.conversationKey(p.user()) : p.channel();
        return new Press(workspaceOf(p, conversation), conversation, conversation, p.conversationKind(), speaker(p),
                p.text(), typed, deliveryId);
    }

    private ReplyTarget target(Pending p) {
        return switch (p.answer()) {
            case RESPONSE_URL -> replies.responseUrl(p.responseUrl(), p.channel(), p.user());
            case CHANNEL -> replies.channel(p.channel(), p.user(), p.threadTs());
            case DIRECT -> replies.direct(p.channel(), null);
            case HOME -> {
                // What the partnership should see goes to its channel (the one the button is bound to); files to the person.
                ReplyTarget toChannel = home.target(p.workspace(), p.user(), p.partnershipId());
                ReplyTarget files = replies.filesOnly(p.user());
                yield reply -> {
                    toChannel.deliver(reply);
                    files.deliver(reply);
                };
            }
        };
    }

    private void publishHome(String workspace, String user, Reply notice) {
        try {
            home.publish(workspace, user, notice);
        } catch (RuntimeException e) {
            log.warn("App Home not published: {}", e.getMessage());
        }
    }

    Inbound toInbound(Pending p, String deliveryId) {
        Speaker speaker = speaker(p);
        String text = p.slackFormatted() ? IncomingText.toCommand(p.text(), botUserId.get(), directory::nameOf) : p.text();
        String conversation = p.answer() == Pending.Answer.HOME ? AppHome.conversationKey(p.user()) : p.channel();
        return new Inbound(workspaceOf(p, conversation), conversation, conversation, p.conversationKind(), speaker, text, p.addressed(),
                p.partnershipId(), deliveryId);
    }

    public static void deliver(ReplyTarget target, Reply reply) {
        try {
            target.deliver(reply);
        } catch (DeliveryException e) {
            log.warn("Slack answer not delivered: {}", e.getMessage());
        }
    }
}

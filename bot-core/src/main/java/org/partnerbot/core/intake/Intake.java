package org.partnerbot.core.intake;

import java.time.Clock;
import java.util.Optional;
import org.partnerbot.core.access.Access;
import org.partnerbot.core.access.Standing;
import org.partnerbot.core.command.CommandText;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.transaction.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Takes an input in before any command runs: a delivery already taken in is dropped, the partnership is found from
 * the conversation (or the button's partnership, or the speaker's only partnership in a direct message), where the
 * speaker stands in it is settled by {@link Access} (in its channel the platform shows them there; anywhere else their
 * membership is checked now), and a member's line said in a live meeting is counted.
 */
public final class Intake {

    /** Logging context keys set while an input is handled (config's logback pattern prints them). */
    public static final String MDC_WORKSPACE = "workspace";
    public static final String MDC_PARTNERSHIP = "partnership";
    private static final Logger log = LoggerFactory.getLogger(Intake.class);

    private final Transactions transactions;
    private final Inbox inbox;
    private final Partnerships partnerships;
    private final Access access;
    private final ChannelActivity channelActivity;
    private final Clock clock;

    public Intake(Transactions transactions, Inbox inbox, Partnerships partnerships, Access access,
                  ChannelActivity channelActivity, Clock clock) {
        this.transactions = transactions;
        this.inbox = inbox;
        this.partnerships = partnerships;
        this.access = access;
        this.channelActivity = channelActivity;
        this.clock = clock;
    }

    /** Whether this delivery is new; records it. Call inside the transaction that acts on it. */
    public boolean firstTime(String workspace, String deliveryId) {
        return deliveryId == null || inbox.takeIn(workspace, deliveryId);
    }

    /** Empty for a delivery already taken in; otherwise where the speaker stands, and a live meeting counts the line. */
    public Optional<Heard> hear(Inbound in) {
        if (!firstTime(in.workspace(), in.deliveryId())) {
            return Optional.empty();
        }
        // Said in a partnership's conversation (nearly every input): found and locked in one step.
        Optional<Partnership> bound = in.partnershipId() == null
                ? partnerships.lockByConversation(in.workspace(), in.conversationKey()) : Optional.empty();
        Optional<Partnership> partnership = bound.isPresent() ? bound : resolvePartnership(in);
        partnership.ifPresent(p -> MDC.put(MDC_PARTNERSHIP, Long.toString(p.id())));
        if (partnership.isEmpty()) {
            return Optional.of(new Heard(partnership, Standing.NONE, false, false));
        }
        Partnership p = partnership.get();
        if (bound.isEmpty()) {
            partnerships.lock(p.id());
        }
        // Said in the partnership's own conversation (a channel, a group chat, even a personal chat set up as one): the
        // platform shows the speaker there. Anywhere else it is a read from outside.
        boolean inChannel = in.conversationKey().equals(p.conversationKey());
        Standing standing = inChannel ? access.present(p, in.workspace(), in.speaker()) : access.outside(p, in.speaker().userKey());
        if (standing.unchecked()) {
            throw Access.cannotCheck();
        }
        boolean meetingLive = inChannel && standing.active() && channelActivity.said(p, standing.member(), clock.instant(),
                CommandText.normalise(in.text()), in.addressed() || CommandText.isAddressed(in.text()));
        return Optional.of(new Heard(partnership, standing, inChannel, meetingLive));
    }

    /**
     * The answer of an input from the inbox, kept in the transaction of its command: when the process stops after the
     * commit and before the answer went out, the answer is sent on the next run and the command is not done again.
     */
    public void answered(Inbound in, Reply reply) {
        if (in.deliveryId() != null) {
            inbox.answered(in.deliveryId(), reply);
        }
    }

    /**
     * A refused command is rolled back whole, but the line was still said in the meeting: it counts toward the
     * speaker's and agency's share, or a mistyped command would make someone look quieter than they were. The refusal
     * is the input's answer, kept with it.
     */
    public void keepWhatWasSaid(Inbound in, Reply refusal) {
        try {
            transactions.run(() -> {
                hear(in);
                answered(in, refusal);
            });
        } catch (RuntimeException e) {
            log.debug("could not record the line of a refused command: {}", e.getMessage());
        }
    }

    private Optional<Partnership> resolvePartnership(Inbound in) {
        if (in.partnershipId() != null) {
            // A guest's button (their App Home, through their own workspace) names a partnership hosted elsewhere.
            Optional<Partnership> p = partnerships.findById(in.workspace(), in.partnershipId())
                    .or(() -> partnerships.forUser(in.workspace(), in.speaker().userKey()).stream()
                            .filter(mine -> mine.id() == in.partnershipId()).findFirst());
            if (p.isEmpty()) {
                throw UserError.keyed(null, "intake.notThisWorkspace");
            }
            return p;
        }
        // No partnership is bound to the conversation (hear looked): only a direct message may still reach one.
        if (in.kind() != ConversationKind.DIRECT) {
            return Optional.empty();
        }
        Access.Seen mine = access.seenFrom(in.workspace(), in.speaker().userKey());
        if (mine.visible().isEmpty() && mine.someUnchecked()) {
            throw Access.cannotCheck();
        }
        return mine.visible().size() == 1 ? Optional.of(mine.visible().get(0)) : Optional.empty();
    }
}

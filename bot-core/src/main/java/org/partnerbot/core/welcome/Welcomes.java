package org.partnerbot.core.welcome;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.partnerbot.core.access.Access;
import org.partnerbot.core.access.Standing;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.Intake;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.Outbox;
import org.partnerbot.core.outbox.Recipient;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.transaction.Transactions;

/**
 * Someone joined a conversation. A person joining a partnership's channel is in it as the platform says, so they are
 * a member from now (waiting for approval when the partnership is closed), and gets its welcome by direct message through
 * the outbox (recorded in the same transaction as the notice is taken in, so a retried notice welcomes nobody twice
 * and a failed send is retried); the bot itself being added to a conversation that is no partnership yet answers how
 * to set one up (in the platform's words).
 */
public final class Welcomes {

    private final Transactions transactions;
    private final Intake intake;
    private final Partnerships partnerships;
    private final Access access;
    private final Outbox outbox;
    private final Clock clock;

    public Welcomes(Transactions transactions, Intake intake, Partnerships partnerships, Access access, Outbox outbox,
                    Clock clock) {
        this.transactions = transactions;
        this.intake = intake;
        this.partnerships = partnerships;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Returns whether a welcome was put in the outbox (false: not a partnership's channel, or a repeated notice). */
    public boolean joined(Joining joining) {
        return transactions.inTransaction(() -> {
            if (!intake.firstTime(joining.workspace(), joining.deliveryId())) {
                return false;
            }
            Optional<Partnership> p = partnerships.findByConversation(joining.workspace(), joining.conversationKey());
            if (p.isEmpty()) {
                return false;
            }
            partnerships.lock(p.get().id());
            Standing standing = access.present(p.get(), joining.workspace(),
                    new Speaker(joining.userKey(), joining.displayName(), null));
            if (!standing.member().status().standing()) {
                return false; // left with `leave` or removed by an admin: nothing to welcome them to
            }
            Instant now = clock.instant();
            // The occurrence names the membership, not the person: no user key is kept where erasure would miss it.
            String occurrence = "joined member " + standing.member().id() + " at " + now.toEpochMilli();
            outbox.claim(p.get().id(), MessageKind.WELCOME, occurrence, standing.member().id(), now)
                    .ifPresent(id -> outbox.enqueue(id, new Recipient(joining.userKey(), standing.member().displayName()), now));
            return true;
        });
    }

    /** The bot was added to a conversation: whether to say how to begin (not a partnership yet, not a repeat). */
    public boolean botAdded(String workspace, String conversationKey, String deliveryId) {
        return transactions.inTransaction(() -> intake.firstTime(workspace, deliveryId)
                && partnerships.findByConversation(workspace, conversationKey).isEmpty());
    }
}

package org.partnerbot.core.welcome;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.partnerbot.core.intake.Intake;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.Outbox;
import org.partnerbot.core.outbox.Recipient;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.transaction.Transactions;

/**
 * Someone joined a conversation. A person joining a partnership's channel gets its welcome by direct message through
 * the outbox (recorded in the same transaction as the notice is taken in, so a retried notice welcomes nobody twice
 * and a failed send is retried); the bot itself being added to a conversation that is no partnership yet answers how
 * to set one up (in the platform's words).
 */
public final class Welcomes {

    /** The occurrence key column holds 200 characters; the rest of a very long user key adds nothing. */
    private static final int MAX_USER_IN_KEY = 150;

    private final Transactions transactions;
    private final Intake intake;
    private final Partnerships partnerships;
    private final Outbox outbox;
    private final Clock clock;

    public Welcomes(Transactions transactions, Intake intake, Partnerships partnerships, Outbox outbox, Clock clock) {
        this.transactions = transactions;
        this.intake = intake;
        this.partnerships = partnerships;
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
            Instant now = clock.instant();
            String user = joining.userKey();
            String occurrence = "joined " + (user.length() > MAX_USER_IN_KEY ? user.substring(0, MAX_USER_IN_KEY) : user)
                    + " at " + now.toEpochMilli();
            outbox.claim(p.get().id(), MessageKind.WELCOME, occurrence, null, now)
                    .ifPresent(id -> outbox.enqueue(id, new Recipient(user, joining.displayName()), now));
            return true;
        });
    }

    /** The bot was added to a conversation: whether to say how to begin (not a partnership yet, not a repeat). */
    public boolean botAdded(String workspace, String conversationKey, String deliveryId) {
        return transactions.inTransaction(() -> intake.firstTime(workspace, deliveryId)
                && partnerships.findByConversation(workspace, conversationKey).isEmpty());
    }
}

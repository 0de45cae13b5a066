package org.partnerbot.core.outbox;

import java.time.Duration;
import java.time.Instant;
import org.partnerbot.core.transaction.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets settled reminders after {@link #KEEP}: without it the outbox grows by every reminder ever sent. Settled
 * messages are never read again, and an occurrence key only has to outlive the replays of its firing (misfires,
 * restarts, a second node), which come within hours, not months.
 */
public final class OutboxRetention {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);
    static final Duration KEEP = Duration.ofDays(90);
    private static final Duration EVERY = Duration.ofDays(1);

    private final Transactions transactions;
    private final Outbox outbox;
    private Instant lastRun;

    public OutboxRetention(Transactions transactions, Outbox outbox) {
        this.transactions = transactions;
        this.outbox = outbox;
    }

    /** Prunes at most once a day per node; a second node pruning too deletes nothing more. */
    public synchronized void pruneIfDue(Instant now) {
        if (lastRun != null && now.isBefore(lastRun.plus(EVERY))) {
            return;
        }
        lastRun = now;
        try {
            int forgotten = transactions.inTransaction(() -> outbox.forgetSettledBefore(now.minus(KEEP)));
            if (forgotten > 0) {
                log.info("forgot {} reminder message(s) settled more than {} days ago", forgotten, KEEP.toDays());
            }
        } catch (RuntimeException e) {
            // Pruning is housekeeping: reminders must not suffer for it. Tomorrow's sweep tries again.
            log.warn("could not prune the reminder outbox: {}", e.getMessage());
        }
    }
}

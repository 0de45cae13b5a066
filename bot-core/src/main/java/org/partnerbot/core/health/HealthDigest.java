package org.partnerbot.core.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.Outbox;
import org.partnerbot.core.outbox.Recipient;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.transaction.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly digest: the health report posted to the channel an hour after each meeting ends (once the minutes have
 * been read), so the partnership sees the week's mirror without asking. Decided from stored state on each periodic
 * firing: a late firing still queues it, a repeated one queues nothing. It goes out through the outbox, which records
 * it as sent only once it was, and retries a failed send ({@link HealthDigestComposer} writes it then).
 */
public final class HealthDigest {

    /** How long after a meeting ends the digest goes out. */
    public static final Duration AFTER = Duration.ofHours(1);
    /** Meetings that ended longer ago than this get no digest (e.g. after a long outage): it would be stale. */
    public static final Duration STALE = Duration.ofDays(6);
    private static final Logger log = LoggerFactory.getLogger(HealthDigest.class);

    private final Transactions transactions;
    private final HealthDigests digests;
    private final Partnerships partnerships;
    private final Outbox outbox;

    public HealthDigest(Transactions transactions, HealthDigests digests, Partnerships partnerships, Outbox outbox) {
        this.transactions = transactions;
        this.digests = digests;
        this.partnerships = partnerships;
        this.outbox = outbox;
    }

    public void runDue(Instant now) {
        List<HealthDigests.Waiting> waiting = transactions.inTransaction(
                () -> digests.waiting(now.minus(STALE), now.minus(AFTER).plusNanos(1)));
        for (HealthDigests.Waiting w : waiting) {
            try {
                transactions.run(() -> queue(w, now));
            } catch (RuntimeException e) {
                log.error("health digest failed for partnership {}", w.partnershipId(), e);
            }
        }
    }

    private void queue(HealthDigests.Waiting w, Instant now) {
        Optional<Partnership> p = partnerships.findById(w.workspace(), w.partnershipId());
        if (p.isEmpty()) {
            return;
        }
        partnerships.lock(w.partnershipId());
        // The meeting's digest is recorded once; the outbox then holds it until it is sent.
        if (digests.record(w.partnershipId(), w.meetingId())) {
            outbox.claim(w.partnershipId(), MessageKind.HEALTH_DIGEST, "meeting " + w.meetingId(), w.meetingId(), now)
                    .ifPresent(id -> outbox.enqueue(id, Recipient.CHANNEL, now));
        }
    }
}

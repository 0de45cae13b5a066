package org.partnerbot.core.health;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.partnerbot.core.transaction.Transactions;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly digest: the health report posted to the channel an hour after each meeting ends (once the
 * minutes have been read), so the partnership sees the week's mirror without asking. Decided from stored
 * state on each periodic firing: a late firing still posts it, a repeated one posts nothing.
 */
public final class HealthDigest {

    /** How long after a meeting ends the digest goes out. */
    public static final Duration AFTER = Duration.ofHours(1);
    /** Meetings that ended longer ago than this get no digest (e.g. after a long outage): it would be stale. */
    public static final Duration STALE = Duration.ofDays(6);
    private static final Logger log = LoggerFactory.getLogger(HealthDigest.class);

    private final Transactions transactions;
    private final HealthDigests digests;
    private final HealthReports reports;
    private final ReportView view;
    private final Partnerships partnerships;
    private final Messenger messenger;

    public HealthDigest(Transactions transactions, HealthDigests digests, HealthReports reports, ReportView view,
                        Partnerships partnerships, Messenger messenger) {
        this.transactions = transactions;
        this.digests = digests;
        this.reports = reports;
        this.view = view;
        this.partnerships = partnerships;
        this.messenger = messenger;
    }

    public void runDue(Instant now) {
        List<HealthDigests.Waiting> waiting = transactions.inTransaction(
                () -> digests.waiting(now.minus(STALE), now.minus(AFTER).plusNanos(1)));
        for (HealthDigests.Waiting w : waiting) {
            try {
                transactions.inTransaction(() -> compose(w, now)).ifPresent(d -> send(d.partnership(), d.reply()));
            } catch (RuntimeException e) {
                log.error("health digest failed for partnership {}", w.partnershipId(), e);
            }
        }
    }

    private record Digest(Partnership partnership, Reply reply) {
    }

    private Optional<Digest> compose(HealthDigests.Waiting w, Instant now) {
        Optional<Partnership> p = partnerships.findById(w.workspace(), w.partnershipId());
        if (p.isEmpty() || !digests.record(w.partnershipId(), w.meetingId())) {
            return Optional.empty();
        }
        Reply.Builder reply = Reply.channel().text("Weekly digest after the meeting — the partnership in figures:");
        return Optional.of(new Digest(p.get(), view.render(reports.report(p.get(), now), reply)
                .note("Ask for it any time with `report`.").build()));
    }

    private void send(Partnership p, Reply digest) {
        try {
            messenger.send(Destination.conversation(p.workspace(), p.conversationRef(), p.name()), digest);
        } catch (DeliveryException e) {
            log.warn("health digest for partnership {} not delivered: {}", p.id(), e.getMessage());
        }
    }
}

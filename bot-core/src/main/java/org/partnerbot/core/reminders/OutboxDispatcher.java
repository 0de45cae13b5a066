package org.partnerbot.core.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.partnerbot.core.bot.Transactions;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.messaging.Messenger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what waits in the outbox through the messaging port. Each message is leased before sending (so two
 * senders never both send it) and marked sent after; a failure is retried with growing delays, never dropped,
 * unless the platform says retrying cannot help.
 */
public final class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration MAX_RETRY = Duration.ofHours(1);
    /** Long enough for any send; a sender that died mid-send leaves the message to be retried after it. */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 100;

    private final Transactions transactions;
    private final ReminderLog outbox;
    private final ReminderComposer composer;
    private final Messenger messenger;
    private final Clock clock;
    /** This node's name in the cluster and who is running now; unset until a scheduler runs (tests). */
    private volatile String node;
    private volatile Supplier<Set<String>> liveNodes;
    private final List<DeliveryObserver> observers = new CopyOnWriteArrayList<>();

    public OutboxDispatcher(Transactions transactions, ReminderLog outbox, ReminderComposer composer, Messenger messenger,
                            Clock clock) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.composer = composer;
        this.messenger = messenger;
        this.clock = clock;
    }

    /**
     * Names this node in its leases, and where to learn which nodes are running: a message leased by a node that
     * died mid-send is then sent again once the cluster has noticed, instead of when the lease runs out.
     */
    public void runAsNode(String nodeId, Supplier<Set<String>> running) {
        this.liveNodes = running;
        this.node = nodeId;
    }

    /** Adds an observer of every send attempt's outcome (metrics). */
    public void observe(DeliveryObserver observer) {
        observers.add(observer);
    }

    private void tell(OutboxEntry e, DeliveryObserver.Outcome outcome) {
        observers.forEach(o -> o.delivered(e.kind(), outcome));
    }

    /** Sends every due message; returns how many went out. */
    public synchronized int deliverDue() {
        Instant now = clock.instant();
        releaseLeasesOfStoppedNodes(now);
        List<OutboxEntry> due = transactions.inTransaction(() -> outbox.due(now, BATCH));
        int sent = 0;
        for (OutboxEntry e : due) {
            if (!transactions.inTransaction(() -> outbox.lease(e.id(), node, now, now.plus(LEASE)))) {
                continue;
            }
            sent += deliver(e, now) ? 1 : 0;
        }
        return sent;
    }

    private void releaseLeasesOfStoppedNodes(Instant now) {
        Supplier<Set<String>> running = liveNodes;
        String self = node;
        if (running == null || self == null) {
            return;
        }
        try {
            Set<String> live = new HashSet<>(running.get());
            live.add(self);
            int released = transactions.inTransaction(() -> outbox.releaseLeasesNotHeldBy(live, now));
            if (released > 0) {
                log.warn("{} reminder(s) were being sent by a node that stopped: sending them again", released);
            }
        } catch (RuntimeException e) {
            log.warn("could not check for reminders held by stopped nodes: {}", e.getMessage());
        }
    }

    private boolean deliver(OutboxEntry e, Instant now) {
        int attempt = e.attempts() + 1;
        try {
            Optional<ReminderComposer.Delivery> d = transactions.inTransaction(() -> composer.compose(e, now));
            if (d.isEmpty()) {
                transactions.run(() -> outbox.markObsolete(e.id(), now));
                tell(e, DeliveryObserver.Outcome.CLOSED);
                log.info("reminder {} {} for partnership {}: nothing left to say, closed", e.kind(), e.occurrence(), e.partnershipId());
                return false;
            }
            messenger.send(d.get().destination(), d.get().reply());
            transactions.run(() -> outbox.markSent(e.id(), clock.instant()));
            tell(e, DeliveryObserver.Outcome.SENT);
            return true;
        } catch (DeliveryException ex) {
            if (ex.permanent()) {
                transactions.run(() -> outbox.markFailed(e.id(), attempt, ex.getMessage()));
                tell(e, DeliveryObserver.Outcome.FAILED);
                log.warn("reminder {} {} for partnership {} given up: {}", e.kind(), e.occurrence(), e.partnershipId(), ex.getMessage());
            } else {
                retry(e, attempt, now, ex.retryAfter(), ex.getMessage());
            }
        } catch (RuntimeException ex) {
            retry(e, attempt, now, null, String.valueOf(ex.getMessage()));
            log.warn("reminder {} {} for partnership {} failed", e.kind(), e.occurrence(), e.partnershipId(), ex);
        }
        return false;
    }

    private void retry(OutboxEntry e, int attempt, Instant now, Duration hint, String error) {
        Instant next = now.plus(backoff(attempt, hint));
        transactions.run(() -> outbox.retryLater(e.id(), attempt, next, error));
        tell(e, DeliveryObserver.Outcome.RETRIED);
        log.info("reminder {} {} for partnership {} not sent (attempt {}): {}; next try at {}", e.kind(), e.occurrence(),
                e.partnershipId(), attempt, error, next);
    }

    /** 30 s, 1 min, 2 min, … up to an hour; the platform's own hint (HTTP 429 Retry-After) wins when given. */
    static Duration backoff(int attempt, Duration hint) {
        if (hint != null && !hint.isNegative()) {
            return hint;
        }
        long factor = 1L << Math.min(attempt - 1, 20);
        Duration d = FIRST_RETRY.multipliedBy(factor);
        return d.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : d;
    }
}

package org.partnerbot.core.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.partnerbot.core.i18n.ReplyTexts;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.messaging.DeliveryTag;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.messaging.PriorDelivery;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.transaction.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what waits in the outbox through the messaging port: the one way the bot says anything unasked. Each message is leased before sending (so two
 * senders never both send it) and marked sent after; a failure is retried with growing delays, never dropped,
 * unless the platform says retrying cannot help. Each message carries its outbox tag: when an attempt may have
 * arrived unrecorded (its sender died, or no answer came back), the next attempt first asks the platform whether
 * the message is there, and only sends it if not (or, where the platform cannot tell, sends it saying so).
 */
public final class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration MAX_RETRY = Duration.ofHours(1);
    /** Long enough for any send; a sender that died mid-send leaves the message to be retried after it. */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 100;

    private final Transactions transactions;
    private final Outbox outbox;
    private final Composers composers;
    private final Clock clock;
    /** Set by the launcher once the platforms' adapters exist; until then messages wait (and are retried). */
    private volatile Messenger messenger = NO_PLATFORM;
    private volatile Executor soon;
    private final AtomicBoolean soonQueued = new AtomicBoolean();
    /** This node's name in the cluster and who is running now; unset until a scheduler runs (tests). */
    private volatile String node;
    private volatile Supplier<Set<String>> liveNodes;
    private final List<DeliveryObserver> observers = new CopyOnWriteArrayList<>();

    public OutboxDispatcher(Transactions transactions, Outbox outbox, Composers composers, Clock clock) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.composers = composers;
        this.clock = clock;
    }

    private static final Messenger NO_PLATFORM = (destination, reply) -> {
        throw DeliveryException.noPlatformYet();
    };

    /** Where messages go: every platform's adapter (routed by workspace), or a recording fake in tests. */
    public void sendThrough(Messenger value) {
        this.messenger = java.util.Objects.requireNonNull(value);
    }

    /**
     * Runs {@link #sendSoon} rounds on this executor ({@code Runnable::run} sends on the caller's thread, as tests and
     * the console want); without one, new messages wait for the next scheduled round.
     */
    public void sendSoonOn(Executor executor) {
        this.soon = executor;
    }

    /**
     * Something new was recorded (a command's pairing round, a welcome): send it now rather than at the next
     * round. Call after the recording transaction committed. Kicks that come while one is queued are folded into it.
     */
    public void sendSoon() {
        Executor executor = soon;
        if (executor == null || !soonQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                soonQueued.set(false);
                try {
                    deliverAllDue();
                } catch (RuntimeException e) {
                    log.warn("sending new outbox messages failed; the next round retries them: {}", e.getMessage());
                }
            });
        } catch (RuntimeException e) {
            soonQueued.set(false);
            log.debug("outbox kick not run ({}); the next round sends", e.getMessage());
        }
    }

    /**
     * Something new was recorded by a timer (an agenda call): sent by the sender of {@link #sendSoonOn} when there is
     * one, so the timer's thread is free for the next partnership's firing at once; without one, now on this thread.
     */
    public void sendSoonOrNow() {
        if (soon == null) {
            deliverDue();
        } else {
            sendSoon();
        }
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

    /** Sends the first round of due messages (up to a hundred); returns how many went out. */
    public synchronized int deliverDue() {
        return round().sent();
    }

    /**
     * Sends due messages round after round while rounds come back full and something went out: a burst of a
     * thousand agenda calls is sent now, not a hundred now and the rest at the next scheduled round. A round in which
     * nothing went out (the platform refusing everything) ends it; retries wait for their time.
     */
    public synchronized int deliverAllDue() {
        int sent = 0;
        Round r;
        do {
            r = round();
            sent += r.sent();
        } while (r.due() == BATCH && r.sent() > 0);
        return sent;
    }

    private record Round(int due, int sent) {
    }

    private Round round() {
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
        return new Round(due.size(), sent);
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
                log.warn("{} outbox message(s) were being sent by a node that stopped: sending them again", released);
            }
        } catch (RuntimeException e) {
            log.warn("could not check for outbox messages held by stopped nodes: {}", e.getMessage());
        }
    }

    private boolean deliver(OutboxEntry e, Instant now) {
        Messenger messenger = this.messenger;
        int attempt = e.attempts() + 1;
        DeliveryTag tag = DeliveryTag.ofOutboxMessage(e.id());
        // Whether an earlier attempt may have arrived, as far as is known so far; the platform may settle it.
        boolean earlierInDoubt = e.outcomeUnknown();
        boolean sending = false;
        try {
            Optional<Delivery> d = transactions.inTransaction(() -> composers.compose(e, now));
            if (d.isEmpty()) {
                transactions.run(() -> outbox.markObsolete(e.id(), now));
                tell(e, DeliveryObserver.Outcome.CLOSED);
                log.info("message {} {} for partnership {}: nothing left to say, closed", e.kind(), e.occurrence(), e.partnershipId());
                return false;
            }
            Reply reply = d.get().reply();
            if (earlierInDoubt) {
                PriorDelivery prior = messenger.lookFor(d.get().destination(), tag, e.firstAttemptAt() == null ? now : e.firstAttemptAt());
                if (prior == PriorDelivery.FOUND) {
                    transactions.run(() -> outbox.markSent(e.id(), clock.instant()));
                    tell(e, DeliveryObserver.Outcome.FOUND);
                    log.info("message {} {} for partnership {} had arrived before its sender could record it: not sent again",
                            e.kind(), e.occurrence(), e.partnershipId());
                    return true;
                }
                earlierInDoubt = prior == PriorDelivery.CANNOT_TELL;
                if (earlierInDoubt) {
                    reply = withRepeatNotice(reply);
                }
            }
            sending = true;
            messenger.send(d.get().destination(), reply, tag);
            transactions.run(() -> outbox.markSent(e.id(), clock.instant()));
            tell(e, DeliveryObserver.Outcome.SENT);
            return true;
        } catch (DeliveryException ex) {
            if (ex.permanent()) {
                transactions.run(() -> outbox.markFailed(e.id(), attempt, ex.getMessage()));
                tell(e, DeliveryObserver.Outcome.FAILED);
                log.warn("message {} {} for partnership {} given up: {}", e.kind(), e.occurrence(), e.partnershipId(), ex.getMessage());
            } else {
                retry(e, attempt, now, ex.retryAfter(), ex.getMessage(), earlierInDoubt || sending && ex.mayHaveArrived());
            }
        } catch (RuntimeException ex) {
            retry(e, attempt, now, null, String.valueOf(ex.getMessage()), earlierInDoubt || sending);
            log.warn("message {} {} for partnership {} failed", e.kind(), e.occurrence(), e.partnershipId(), ex);
        }
        return false;
    }

    /**
     * Where the platform cannot say whether an earlier attempt arrived, the message goes again (a reminder is never
     * lost) and says so, so a reader who has it twice knows why.
     */
    static Reply withRepeatNotice(Reply reply) {
        List<Block> blocks = new ArrayList<>(reply.blocks());
        blocks.add(new Block.Note(Line.of(repeatNotice(reply))));
        return new Reply(reply.audience(), blocks, reply.continuation(), reply.language());
    }

    /** The notice in the language the message is read in (the first of a bilingual post's). */
    static String repeatNotice(Reply reply) {
        return ReplyTexts.of(reply).t("outbox.sentAgain");
    }

    private void retry(OutboxEntry e, int attempt, Instant now, Duration hint, String error, boolean outcomeUnknown) {
        Instant next = now.plus(backoff(attempt, hint));
        transactions.run(() -> outbox.retryLater(e.id(), attempt, next, error, outcomeUnknown));
        tell(e, DeliveryObserver.Outcome.RETRIED);
        log.info("message {} {} for partnership {} not sent (attempt {}, may have arrived: {}): {}; next try at {}", e.kind(),
                e.occurrence(), e.partnershipId(), attempt, outcomeUnknown, error, next);
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

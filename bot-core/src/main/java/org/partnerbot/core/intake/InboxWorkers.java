package org.partnerbot.core.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.partnerbot.core.transaction.GroupCommit;
import org.partnerbot.core.transaction.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable inbox at work. {@link #accept} records an input before the platform is acknowledged, in a transaction
 * shared with the inputs that arrive at the same moment ({@link GroupCommit}: one commit for them all, each answered
 * once it committed) (a key seen before is acknowledged again and nothing more happens; a backlog over the limit is "busy");
 * worker threads then take the inputs from the database, never from memory, one at a time per conversation in the order
 * they arrived, and hand each to its platform's {@link InboxWork}. After a crash or a stop, what was taken and not
 * finished is taken again (on a database only this process opens, at once; otherwise once its lease ran out or its
 * node is known to have stopped); the command's own effect guard and recorded answer make that run send the answer
 * without doing the command twice.
 */
public final class InboxWorkers implements AutoCloseable {

    public static final int DEFAULT_LIMIT = 2000;
    public static final int DEFAULT_THREADS = 4;
    /** Well past Slack's retries (the last 5 minutes after the first) and the 5-minute signature window. */
    public static final Duration RETENTION = Duration.ofHours(24);
    /** Longer than any one input takes (Web API calls time out after 10 s); a worker that died leaves its work after it. */
    static final Duration LEASE = Duration.ofMinutes(2);
    /** Taken this many times and never finished: the input itself stops the process, so it is put aside. */
    static final int MAX_ATTEMPTS = 5;
    private static final long POLL_MILLIS = 1000;
    private static final long RELEASE_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long PRUNE_EVERY_NANOS = TimeUnit.MINUTES.toNanos(10);
    /** The longest a worker waits for acks in flight before its next entry, and how often it looks meanwhile. */
    static final long MAX_YIELD_NANOS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final long YIELD_STEP_NANOS = TimeUnit.MICROSECONDS.toNanos(200);
    private static final long RECOUNT_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    private static final Logger log = LoggerFactory.getLogger(InboxWorkers.class);

    private final Transactions transactions;
    private final Inbox inbox;
    private final Clock clock;
    private final boolean soleProcess;
    /** Acks that arrive together share one commit; each is still answered only once its own row is on disk. */
    private final GroupCommit<Arrival, Boolean> accepting;
    private final Map<String, InboxWork> platforms = new ConcurrentHashMap<>();
    private final Object taking = new Object();
    private final Object kick = new Object();
    private int kicks;
    private final Object idle = new Object();
    private final AtomicInteger running = new AtomicInteger();
    /** Inputs being recorded right now: their acks wait on it. */
    private final AtomicInteger acking = new AtomicInteger();
    private volatile IntSupplier foreground = () -> 0;
    /** Conversations with an entry under way on this node: its worker takes the next one itself when it is done. */
    private final Map<String, Integer> underWay = new ConcurrentHashMap<>();
    private final AtomicInteger backlog = new AtomicInteger();
    /** Inputs recorded so far on this node: a worker whose take found nothing looks whether one came meanwhile. */
    private final AtomicLong arrivals = new AtomicLong();
    private final AtomicLong countedAt = new AtomicLong(System.nanoTime() - RECOUNT_EVERY_NANOS);
    private final AtomicLong releasedAt = new AtomicLong(System.nanoTime());
    private final AtomicLong prunedAt = new AtomicLong(System.nanoTime() - PRUNE_EVERY_NANOS);
    private final List<Thread> threads = new ArrayList<>();
    private volatile int workerCount;
    private volatile int limit = DEFAULT_LIMIT;
    private volatile String node = "inbox-" + UUID.randomUUID();
    private volatile Supplier<Set<String>> liveNodes;
    private volatile boolean stopping;

    /**
     * @param soleProcess true when no other process can open this database (an H2 file or memory database): work
     *                    left under way at start-up was then abandoned by a process that is gone
     */
    public InboxWorkers(Transactions transactions, Inbox inbox, Clock clock, boolean soleProcess) {
        this.transactions = transactions;
        this.inbox = inbox;
        this.clock = clock;
        this.soleProcess = soleProcess;
        this.accepting = new GroupCommit<>(transactions, arrival -> inbox.accept(arrival, clock.instant()));
    }

    /** Who does a platform's work; entries of platforms not registered on this node wait for a node that has it. */
    public InboxWorkers register(String platform, InboxWork work) {
        platforms.put(platform, work);
        wake();
        return this;
    }

    /** The backlog (waiting and under way, every node) past which new input is refused as busy. */
    public InboxWorkers limit(int backlogLimit) {
        if (backlogLimit < 1) {
            throw new IllegalArgumentException("the inbox limit must be at least 1");
        }
        this.limit = backlogLimit;
        return this;
    }

    public int limit() {
        return limit;
    }

    /** Records an input before the platform is acknowledged; see {@link Acceptance} for what to answer. */
    public Acceptance accept(Arrival arrival) {
        acking.incrementAndGet();
        try {
            return record(arrival);
        } finally {
            acking.decrementAndGet();
        }
    }

    private Acceptance record(Arrival arrival) {
        if (overLimit()) {
            return Acceptance.BUSY;
        }
        boolean fresh = accepting.write(arrival);
        if (!fresh) {
            return Acceptance.ALREADY_HAD;
        }
        backlog.incrementAndGet();
        arrivals.incrementAndGet(); // before the check below; a worker ending its run of a conversation reads it after
        // Checked after the commit: a worker busy with this conversation takes again when it is done, so it finds this
        // entry (or, had its take already looked, sees the count above move and looks again); waking another would only
        // run a take that cannot lease it (it must wait its turn).
        if (!underWay.containsKey(arrival.conversation())) {
            wake();
        }
        return Acceptance.TAKEN;
    }

    /**
     * What else counts as a platform waiting for its answer (the listener's requests being answered): before starting
     * the next entry a worker waits, a few milliseconds at most, while any is, so on a small machine the work behind
     * the acks does not take the CPU an ack needs. Inputs being recorded always count.
     */
    public InboxWorkers yieldingTo(IntSupplier requestsBeingAnswered) {
        this.foreground = requestsBeingAnswered;
        return this;
    }

    /** Whether new input would be refused as busy now. */
    public boolean busy() {
        return overLimit();
    }

    /**
     * Records an input and does its work at once, on the caller's thread, for a platform that waits for the answer in
     * its HTTP response (a Teams card action). Empty when the input was recorded before (nothing is done again). If the
     * process stops before the work is finished, a worker does it later like any other entry of the platform.
     */
    public <T> Optional<T> acceptAndRun(Arrival arrival, java.util.function.Function<InboxEntry, T> work) {
        Optional<InboxEntry> taken = transactions.inTransaction(() -> inbox.acceptTaken(arrival, clock.instant(), node,
                clock.instant().plus(LEASE)));
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        backlog.incrementAndGet();
        started(taken.get());
        boolean failed = true;
        try {
            T result = work.apply(taken.get());
            failed = false;
            return Optional.ofNullable(result);
        } finally {
            finish(taken.get(), failed);
            wake(); // input for this conversation that came meanwhile woke nobody: it was under way here
        }
    }

    /** Counted from the database every quarter second (all nodes' inputs), and kept up to date locally between. */
    private boolean overLimit() {
        long now = System.nanoTime();
        long last = countedAt.get();
        if (now - last >= RECOUNT_EVERY_NANOS && countedAt.compareAndSet(last, now)) {
            backlog.set(transactions.inTransaction(inbox::backlog));
        }
        return backlog.get() >= limit;
    }

    /**
     * Starts the workers under this node's name, with where to learn which nodes are running (null: only leases that
     * ran out are taken back from others). The name must be the one the node is known by in that set.
     */
    public synchronized InboxWorkers start(int count, String nodeId, Supplier<Set<String>> live) {
        if (!threads.isEmpty()) {
            throw new IllegalStateException("the inbox workers are already running");
        }
        if (nodeId != null) {
            this.node = nodeId;
        }
        this.liveNodes = live;
        stopping = false;
        if (soleProcess) {
            int released = transactions.inTransaction(() -> inbox.release(Set.of(), clock.instant()));
            if (released > 0) {
                log.warn("{} input(s) were under way when Partnerbot last stopped: doing them now", released);
            }
        }
        workerCount = count;
        for (int i = 0; i < count; i++) {
            Thread t = new Thread(this::work, "inbox-" + (i + 1));
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        return this;
    }

    public InboxWorkers start(int count) {
        return start(count, null, null);
    }

    private void work() {
        // The entry this worker finished last, not yet marked done: the mark goes into the transaction of the worker's
        // next take, so each input costs one commit fewer. The answer went out before; a crash before that commit only
        // sends it again, as a crash between the answer and a commit of its own always could.
        InboxEntry finished = null;
        boolean finishedFailed = false;
        while (!stopping) {
            Optional<InboxEntry> entry;
            long arrivalsBefore = arrivals.get();
            try {
                housekeeping();
                entry = settleAndTake(finished, finishedFailed);
            } catch (RuntimeException e) {
                log.warn("could not take work from the inbox: {}", e.getMessage());
                if (finished != null) {
                    finish(finished, finishedFailed); // alone, so a take that keeps failing leaves nothing under way
                    finished = null;
                }
                pause(POLL_MILLIS);
                continue;
            }
            entry.ifPresent(this::started);
            if (finished != null) {
                backlog.decrementAndGet();
                // Only now, after the next entry of its conversation (if any) is under way here: an ack of that
                // conversation meanwhile wakes no other worker for a take that could only find it already taken.
                released(finished);
                finished = null;
            }
            if (entry.isEmpty()) {
                if (arrivals.get() == arrivalsBefore) {
                    pause(POLL_MILLIS);
                }
                // else an input recorded during the take may have seen its conversation under way here and woken nobody
                continue;
            }
            yieldToAcks();
            try {
                finishedFailed = run(entry.get());
            } catch (Error e) {
                released(entry.get()); // left under way in the database: taken again once its lease runs out
                throw e;
            }
            finished = entry.get();
        }
        if (finished != null) {
            finish(finished, finishedFailed);
        }
    }

    /** Bounded, so the work still moves when acks never stop (it then runs at least every few milliseconds). */
    private void yieldToAcks() {
        long until = System.nanoTime() + MAX_YIELD_NANOS;
        while ((acking.get() > 0 || foreground.getAsInt() > 0) && !stopping && System.nanoTime() < until) {
            LockSupport.parkNanos(YIELD_STEP_NANOS);
        }
    }

    /**
     * Marks the entry this worker finished (if any) done and takes the next, in one transaction. One worker at a time
     * asks: the database would keep two apart anyway, but they would only trip over each other.
     */
    private Optional<InboxEntry> settleAndTake(InboxEntry finished, boolean failed) {
        Set<String> mine = Set.copyOf(platforms.keySet());
        if (mine.isEmpty() && finished == null) {
            return Optional.empty();
        }
        synchronized (taking) {
            return transactions.inTransaction(() -> {
                if (finished != null) {
                    inbox.done(finished.id(), clock.instant(), failed);
                }
                return mine.isEmpty() ? Optional.<InboxEntry>empty() : inbox.take(mine, node, clock.instant().plus(LEASE));
            });
        }
    }

    /** Does an entry's work; true when it failed (it is then marked failed, not done). */
    private boolean run(InboxEntry entry) {
        Arrival a = entry.arrival();
        try {
            if (entry.attempts() > MAX_ATTEMPTS) {
                log.error("inbox entry {} ({} {}) was taken {} times and never finished: put aside", entry.id(),
                        a.platform(), a.kind(), entry.attempts() - 1);
                return true;
            }
            platforms.get(a.platform()).run(entry);
            return false;
        } catch (RuntimeException e) {
            log.error("inbox entry {} ({} {}) failed", entry.id(), a.platform(), a.kind(), e);
            return true;
        }
    }

    private void started(InboxEntry entry) {
        running.incrementAndGet();
        underWay.merge(entry.arrival().conversation(), 1, Integer::sum);
    }

    private void finish(InboxEntry entry, boolean failed) {
        try {
            transactions.run(() -> inbox.done(entry.id(), clock.instant(), failed));
            backlog.decrementAndGet();
        } catch (RuntimeException e) {
            // Left under way: taken again once its lease runs out, when its answer (if any) is sent again.
            log.warn("inbox entry {} could not be marked done: {}", entry.id(), e.getMessage());
        } finally {
            released(entry);
        }
    }

    /** The entry is no longer under way on this node (its done mark committed, or it is left for its lease to run out). */
    private void released(InboxEntry entry) {
        underWay.computeIfPresent(entry.arrival().conversation(), (c, n) -> n == 1 ? null : n - 1);
        running.decrementAndGet();
        synchronized (idle) {
            idle.notifyAll();
        }
    }

    /** Leases of stopped nodes and old settled entries, now and then, by whichever worker is free. */
    private void housekeeping() {
        long now = System.nanoTime();
        long released = releasedAt.get();
        if (now - released >= RELEASE_EVERY_NANOS && releasedAt.compareAndSet(released, now)) {
            Set<String> live = liveNodesOrNull();
            int n = transactions.inTransaction(() -> inbox.release(live, clock.instant()));
            if (n > 0) {
                log.warn("{} input(s) were under way on a node that stopped: doing them now", n);
            }
        }
        long pruned = prunedAt.get();
        if (now - pruned >= PRUNE_EVERY_NANOS && prunedAt.compareAndSet(pruned, now)) {
            int n = transactions.inTransaction(() -> inbox.forgetSettledBefore(clock.instant().minus(RETENTION)));
            if (n > 0) {
                log.info("inbox: {} settled entries older than {} h forgotten", n, RETENTION.toHours());
            }
        }
    }

    /** The running nodes, this one included; null when unknown (then only leases that ran out count). */
    private Set<String> liveNodesOrNull() {
        Supplier<Set<String>> live = liveNodes;
        if (live == null) {
            return null;
        }
        try {
            Set<String> nodes = new HashSet<>(live.get());
            nodes.add(node);
            return nodes;
        } catch (RuntimeException e) {
            log.debug("running nodes unknown ({}); only expired leases are released", e.getMessage());
            return null;
        }
    }

    /**
     * At most one kick per worker is kept: each one makes a worker take once more without waiting, and a take after
     * the kick sees everything committed before it. Uncapped, a burst of acks while the workers were busy left as many
     * kicks, each spent on a take that found nothing (a page read of the waiting entries every time).
     */
    private void wake() {
        synchronized (kick) {
            kicks = Math.min(kicks + 1, Math.max(1, workerCount));
            kick.notify();
        }
    }

    private void pause(long millis) {
        synchronized (kick) {
            try {
                if (kicks == 0 && !stopping) {
                    kick.wait(millis);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stopping = true;
            }
            kicks = Math.max(0, kicks - 1);
        }
    }

    /** A person's input still waiting is dropped (erasure); what is done keeps nothing of theirs. */
    public int forget(String workspace, String userKey) {
        return transactions.inTransaction(() -> inbox.forget(workspace, userKey));
    }

    /** Settled entries older than the retention time are forgotten now (the workers also do it every ten minutes). */
    public int prune() {
        return transactions.inTransaction(() -> inbox.forgetSettledBefore(clock.instant().minus(RETENTION)));
    }

    /** Waits until nothing is waiting or under way (tests, and the benchmarks' drains); true when so in time. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (running.get() == 0 && transactions.inTransaction(inbox::backlog) == 0) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            synchronized (idle) {
                idle.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 20)));
            }
        }
    }

    /**
     * Stops taking work; what is under way finishes (up to 5 s). What waits stays in the inbox for the next start, or
     * for another node.
     */
    @Override
    public synchronized void close() {
        stopping = true;
        synchronized (kick) {
            kick.notifyAll();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (Thread t : threads) {
            try {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        threads.clear();
    }
}

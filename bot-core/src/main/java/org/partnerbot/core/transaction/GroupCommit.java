package org.partnerbot.core.transaction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Writes that many threads make at once share one transaction, and so one commit (one flush to disk): the price of
 * "durable before the answer" is paid once per group rather than once per write. Each caller still returns only after
 * the transaction holding its own write committed, so nothing is answered before it is on disk.
 *
 * <p>Leader and followers, no thread of its own: a caller that finds nobody committing commits at once, alone (no
 * hand-over, so an idle system answers as fast as without grouping); callers that arrive while a commit is under way
 * wait, and when it is done the first of them commits everything that gathered meanwhile, at most {@link #MAX_GROUP}.
 * If a group's transaction fails, each of its writes is tried again in a transaction of its own, so one bad write
 * fails only its own caller.
 *
 * @param <I> what a caller writes
 * @param <R> what the write gives back to it
 */
public final class GroupCommit<I, R> {

    /** Bounds one transaction's size (and the wait of the last in a group). */
    public static final int MAX_GROUP = 128;

    private final Transactions transactions;
    private final Function<I, R> write;
    private final ArrayDeque<Slot<I, R>> waiting = new ArrayDeque<>();
    private boolean committing;

    /** @param write one caller's write, run inside the group's transaction */
    public GroupCommit(Transactions transactions, Function<I, R> write) {
        this.transactions = transactions;
        this.write = write;
    }

    /** Writes {@code item} in a transaction shared with whoever writes at the same time; returns once it committed. */
    public R write(I item) {
        Slot<I, R> mine = new Slot<>(item);
        synchronized (this) {
            waiting.add(mine);
            if (committing) {
                boolean interrupted = false;
                while (!mine.settled && !mine.leads) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        // The write is queued and will be made; its caller must learn whether it was.
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                if (mine.settled) {
                    return mine.outcome();
                }
            }
            committing = true;
        }
        commitWaiting();
        return mine.outcome();
    }

    /** How many writes wait for the commit under way (metrics, tests). */
    public synchronized int gathering() {
        return committing ? waiting.size() : 0;
    }

    /** Commits what has gathered (this caller's write among it), then hands the lead to the first who came since. */
    private void commitWaiting() {
        List<Slot<I, R>> group = new ArrayList<>();
        synchronized (this) {
            while (!waiting.isEmpty() && group.size() < MAX_GROUP) {
                group.add(waiting.poll());
            }
        }
        try {
            commit(group);
        } finally {
            synchronized (this) {
                group.forEach(s -> s.settled = true);
                Slot<I, R> next = waiting.peek();
                if (next == null) {
                    committing = false;
                } else {
                    next.leads = true;
                }
                notifyAll();
            }
        }
    }

    private void commit(List<Slot<I, R>> group) {
        try {
            List<R> results = transactions.inTransaction(() -> group.stream().map(s -> write.apply(s.item)).toList());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).result = results.get(i);
            }
        } catch (RuntimeException groupFailed) {
            if (group.size() == 1) {
                group.get(0).failure = groupFailed;
                return;
            }
            for (Slot<I, R> s : group) {
                try {
                    s.result = transactions.inTransaction(() -> write.apply(s.item));
                } catch (RuntimeException e) {
                    s.failure = e;
                }
            }
        }
    }

    private static final class Slot<I, R> {
        private final I item;
        private R result;
        private RuntimeException failure;
        /** Guarded by the GroupCommit: its transaction is over (committed or failed). */
        private boolean settled;
        /** Guarded by the GroupCommit: it is this caller's turn to commit what has gathered. */
        private boolean leads;

        private Slot(I item) {
            this.item = item;
        }

        private R outcome() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }
}

package org.partnerbot.core.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Acks that come together share one commit, and none returns before its own write committed: a transaction manager
 * that keeps what each transaction wrote apart until it ends, so the test sees which writes were on "disk" when each
 * caller got its answer.
 */
class GroupCommitTest {

    private final ExecutorService callers = Executors.newFixedThreadPool(8);
    private final CountDownLatch firstMayFinish = new CountDownLatch(1);
    private final RecordingTransactions transactions = new RecordingTransactions();

    @AfterEach
    void stop() {
        firstMayFinish.countDown();
        callers.shutdownNow();
    }

    @Test
    void writesMadeWhileACommitIsUnderWayShareTheNextCommitAndEachReturnsOnlyOnceItsOwnCommitted() throws Exception {
        GroupCommit<String, String> group = new GroupCommit<>(transactions, item -> {
            if (item.equals("first")) {
                await(firstMayFinish);
            }
            transactions.written(item);
            return item + " stored";
        });
        List<Future<Boolean>> answers = new ArrayList<>();
        answers.add(callers.submit(() -> answeredAfterCommit(group, "first")));
        waitUntil(() -> transactions.begun() == 1);
        for (int i = 1; i <= 5; i++) {
            String item = "ack " + i;
            answers.add(callers.submit(() -> answeredAfterCommit(group, item)));
        }
        waitUntil(() -> group.gathering() == 5);

        firstMayFinish.countDown();
        for (Future<Boolean> a : answers) {
            assertThat(a.get(30, TimeUnit.SECONDS)).as("answered after its own write committed").isTrue();
        }
        List<List<String>> commits = transactions.commits();
        assertThat(commits).as("two commits for six writes").hasSize(2);
        assertThat(commits.get(0)).containsExactly("first");
        assertThat(commits.get(1)).containsExactlyInAnyOrder("ack 1", "ack 2", "ack 3", "ack 4", "ack 5");
    }

    @Test
    void aWriteThatFailsFailsOnlyItsOwnCallerAndTheOthersOfItsGroupAreStillWritten() throws Exception {
        GroupCommit<String, String> group = new GroupCommit<>(transactions, item -> {
            if (item.equals("first")) {
                await(firstMayFinish);
            }
            if (item.equals("bad")) {
                throw new IllegalStateException("this one cannot be stored");
            }
            transactions.written(item);
            return item + " stored";
        });
        Future<String> first = callers.submit(() -> group.write("first"));
        waitUntil(() -> transactions.begun() == 1);
        Future<String> good = callers.submit(() -> group.write("good"));
        Future<String> bad = callers.submit(() -> group.write("bad"));
        Future<String> alsoGood = callers.submit(() -> group.write("also good"));
        waitUntil(() -> group.gathering() == 3);
        firstMayFinish.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("first stored");
        assertThat(good.get(30, TimeUnit.SECONDS)).isEqualTo("good stored");
        assertThat(alsoGood.get(30, TimeUnit.SECONDS)).isEqualTo("also good stored");
        assertThatThrownBy(() -> bad.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(transactions.committedWrites()).containsExactlyInAnyOrder("first", "good", "also good");
    }

    @Test
    void aLoneWriteCommitsAtOnceOnItsCallersThread() {
        GroupCommit<String, String> group = new GroupCommit<>(transactions, item -> {
            transactions.written(item);
            return Thread.currentThread().getName();
        });
        assertThat(group.write("alone")).isEqualTo(Thread.currentThread().getName());
        assertThat(transactions.commits()).containsExactly(List.of("alone"));
    }

    private boolean answeredAfterCommit(GroupCommit<String, String> group, String item) {
        group.write(item);
        return transactions.committedWrites().contains(item);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.get()) {
            assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    /** Each transaction's writes are kept apart and become "committed" only when it ends without failing. */
    private static final class RecordingTransactions implements Transactions {
        private final ThreadLocal<List<String>> current = new ThreadLocal<>();
        private final List<List<String>> commits = Collections.synchronizedList(new ArrayList<>());
        private final Set<String> committed = ConcurrentHashMap.newKeySet();
        private final java.util.concurrent.atomic.AtomicInteger begun = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            List<String> mine = new ArrayList<>();
            current.set(mine);
            begun.incrementAndGet();
            try {
                T result = work.get();
                commits.add(List.copyOf(mine));
                committed.addAll(mine);
                return result;
            } finally {
                current.remove();
            }
        }

        void written(String item) {
            current.get().add(item);
        }

        int begun() {
            return begun.get();
        }

        List<List<String>> commits() {
            synchronized (commits) {
                return List.copyOf(commits);
            }
        }

        Set<String> committedWrites() {
            return Set.copyOf(committed);
        }
    }
}

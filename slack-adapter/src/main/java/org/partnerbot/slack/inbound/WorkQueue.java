package org.partnerbot.slack.inbound;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the slow part of every request runs, after Slack has been acked (it retries anything not acked within
 * 3 s). Work for one conversation runs in arrival order, so {@code #topic} is never minuted after the
 * {@code #agreed} typed under it; different conversations run in parallel.
 */
public final class WorkQueue implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WorkQueue.class);

    private final ExecutorService pool;
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final Object idle = new Object();

    public WorkQueue(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "slack-work");
            t.setDaemon(true);
            return t;
        });
    }

    public void submit(String key, Runnable work) {
        if (pool.isShutdown()) {
            // Shutting down: Slack has been acked, and a lost event beats a thread stuck on a closed database.
            log.warn("Slack work for {} arrived during shutdown and was dropped", key);
            return;
        }
        pending.incrementAndGet();
        Runnable guarded = () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("Slack work for {} failed", key, e);
            } finally {
                if (pending.decrementAndGet() == 0) {
                    synchronized (idle) {
                        idle.notifyAll();
                    }
                }
            }
        };
        CompletableFuture<Void> tail = tails.compute(key, (k, prev) ->
                (prev == null ? CompletableFuture.<Void>completedFuture(null) : prev).thenRunAsync(guarded, pool));
        tail.whenComplete((ok, e) -> tails.remove(key, tail));
    }

    /** Waits until everything submitted so far has run; true when it did within the timeout. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (pending.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(idle, left);
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            awaitIdle(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pool.shutdownNow();
    }
}

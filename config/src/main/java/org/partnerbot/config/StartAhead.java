package org.partnerbot.config;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.partnerbot.config.http.HttpListener;
import org.partnerbot.config.metrics.Metrics;
import org.partnerbot.slack.SlackAdapter;

/**
 * The start-up work that needs no database, done on a thread of its own while the main thread opens and migrates it:
 * the metrics registry, the two HTTP listeners (built, not yet listening) and Slack's client with its bot token
 * checked. Each is loading classes and waiting on a round trip that used to queue behind H2 and Flyway; on a busy
 * machine the two halves together reach {@code /healthz} sooner than one after the other.
 *
 * <p>Whatever goes wrong ahead is reported where it used to be: a listener that could not be built is built again
 * in place (so its error reads as before), and Slack's refusal surfaces when Slack is attached, after the database.
 */
final class StartAhead {

    private final CompletableFuture<Metrics> metrics;
    private final CompletableFuture<HttpListener> publicListener;
    private final CompletableFuture<HttpListener> managementListener;
    private final CompletableFuture<SlackAdapter.Connected> slack;
    private boolean taken;

    private StartAhead(Settings settings, boolean consoleMode, Executor ahead) {
        // One thread, so the tasks run in this order and take one core while the main thread has the other.
        metrics = CompletableFuture.supplyAsync(Metrics::new, ahead);
        publicListener = CompletableFuture.supplyAsync(() -> Application.publicListener(settings), ahead);
        managementListener = CompletableFuture.supplyAsync(() -> Application.managementListener(settings), ahead);
        // Console mode never starts Slack, so it never asks Slack anything.
        slack = consoleMode ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> SlackWiring.connect(settings, metrics.join()), ahead);
    }

    static StartAhead begin(Settings settings, boolean consoleMode) {
        ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "start-ahead");
            t.setDaemon(true);
            return t;
        });
        try {
            return new StartAhead(settings, consoleMode, thread);
        } finally {
            thread.shutdown(); // what was given runs; the thread ends after it
        }
    }

    Metrics metrics() {
        return join(metrics);
    }

    /** The public listener, built but not listening; null if building it failed (the caller builds it and reports). */
    HttpListener publicListener() {
        return publicListener.exceptionally(e -> null).join();
    }

    /** As {@link #publicListener()}, for {@code /healthz} and {@code /metrics}. */
    HttpListener managementListener() {
        return managementListener.exceptionally(e -> null).join();
    }

    /**
     * Slack's checked client, or null when Slack is not started with a single bot token; throws what Slack refused.
     * From here on the adapter being started owns it.
     */
    SlackAdapter.Connected slack() {
        taken = true;
        return join(slack);
    }

    /** Start-up failed: a Slack client made ahead and never handed over is closed once it is there. */
    void abandon() {
        if (taken) {
            return;
        }
        slack.whenComplete((connected, e) -> {
            if (connected != null) {
                connected.close();
            }
        });
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}

package org.partnerbot.config;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGTERM (or SIGINT) for a server run, heard from before start-up begins: a signal that comes while the server is
 * still starting (its {@code /healthz} may already answer) stops it as cleanly as one that comes later, once started.
 * The JVM halts as soon as its shutdown hooks return, so the hook waits until the server says it has stopped.
 */
final class ShutdownSignal {

    private static final Logger log = LoggerFactory.getLogger(ShutdownSignal.class);

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);

    private ShutdownSignal() {
    }

    static ShutdownSignal install() {
        ShutdownSignal signal = new ShutdownSignal();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("shutdown requested: stopping intake and finishing in-flight work");
            signal.requested.countDown();
            try {
                signal.stopped.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "shutdown"));
        return signal;
    }

    /** Blocks until the signal (at once, when it came during start-up). */
    void await() {
        try {
            requested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server has closed (or never started): the hook may return and the JVM halt. */
    void stopped() {
        stopped.countDown();
    }
}

package org.partnerbot.slack.outbound;

import java.time.Duration;

/** Waiting before a retry; tests record the waits instead of sleeping. */
@FunctionalInterface
public interface Pause {

    void sleep(Duration duration) throws InterruptedException;

    static Pause real() {
        return d -> Thread.sleep(d.toMillis());
    }
}

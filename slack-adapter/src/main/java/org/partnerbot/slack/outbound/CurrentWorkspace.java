package org.partnerbot.slack.outbound;

import java.util.function.Supplier;

/**
 * The workspace whose credentials Slack calls on this thread go out with. Set around each piece of work (an inbox
 * entry, an outbox message, a request while it is acked, a roster check), so the many small classes that call Slack
 * need not pass it through every method; with one bot token it changes nothing.
 */
public final class CurrentWorkspace {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private CurrentWorkspace() {
    }

    /** The workspace key set on this thread, or null when none is. */
    public static String get() {
        return CURRENT.get();
    }

    public static <T> T in(String workspace, Supplier<T> work) {
        String before = CURRENT.get();
        CURRENT.set(workspace);
        try {
            return work.get();
        } finally {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        }
    }

    public static void run(String workspace, Runnable work) {
        in(workspace, () -> {
            work.run();
            return null;
        });
    }
}

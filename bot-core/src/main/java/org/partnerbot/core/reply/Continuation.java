package org.partnerbot.core.reply;

import java.util.Objects;

/**
 * Where a reply too long for one message carries on: the read-only command that produces the same reply again, and
 * the part ({@link Pages}) the message starts at. A "Show more" button runs {@code command} again for its presser, so
 * it shows only what they may see now, and starts where the previous message stopped.
 *
 * @param command a command whose reply is the same list when run again (e.g. {@code agenda}); never one that changes
 *                anything
 * @param from    the first part to show, 0 for the start
 */
public record Continuation(String command, int from) {

    public Continuation {
        Objects.requireNonNull(command);
        if (from < 0) {
            throw new IllegalArgumentException("from must not be negative");
        }
    }
}

package org.partnerbot.core.bot;

import java.util.Optional;
import org.partnerbot.core.bot.CommandObserver.Outcome;
import org.partnerbot.core.reply.Reply;

/** What handling one input came to: the answer (empty when the bot says nothing) and how it ended, for logs and metrics. */
record Handled(Optional<Reply> reply, Outcome outcome) {

    /** The same, its reply shown from part {@code from} on (a "Show more" press); a reply that cannot continue is kept whole. */
    Handled from(int from) {
        return from == 0 ? this : new Handled(reply.map(r -> r.startingAt(from)), outcome);
    }

    static Handled silent() {
        return new Handled(Optional.empty(), Outcome.SILENT);
    }

    /** A command's answer; a command that chose to say nothing counts as silent. */
    static Handled answered(Reply reply) {
        return reply.isEmpty() ? silent() : new Handled(Optional.of(reply), Outcome.OK);
    }

    static Handled refused(Reply reply) {
        return new Handled(Optional.of(reply), Outcome.REFUSED);
    }

    static Handled failed(Reply reply) {
        return new Handled(Optional.of(reply), Outcome.FAILED);
    }
}

package org.partnerbot.core.bot;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.partnerbot.core.bot.CommandObserver.Outcome;
import org.partnerbot.core.command.CommandCatalog;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.intake.Intake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * What is seen of each input from outside: the logging context ({@code workspace}, {@code partnership}) while it is
 * handled, one INFO line naming the command from the grammar (never the text), and the metrics observers.
 */
final class Observation {

    /** Logged under the bot's name, which operators filter on and console mode quietens. */
    private static final Logger log = LoggerFactory.getLogger(PartnerBot.class);

    private final CommandCatalog catalog;
    private final List<CommandObserver> observers = new CopyOnWriteArrayList<>();

    Observation(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    void add(CommandObserver observer) {
        observers.add(observer);
    }

    Handled around(Inbound in, String text, Supplier<Handled> handling) {
        long started = System.nanoTime();
        String outerWorkspace = MDC.get(Intake.MDC_WORKSPACE);
        String outerPartnership = MDC.get(Intake.MDC_PARTNERSHIP);
        MDC.put(Intake.MDC_WORKSPACE, in.workspace());
        if (in.partnershipId() != null) {
            MDC.put(Intake.MDC_PARTNERSHIP, in.partnershipId().toString());
        }
        try {
            Handled handled = handling.get();
            String verb = catalog.match(text).map(m -> m.spec().words()).orElse(text.isEmpty() ? "none" : "unknown");
            Outcome outcome = handled.reply().isEmpty() ? Outcome.SILENT : handled.outcome();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (outcome == Outcome.SILENT) {
                log.debug("input handled silently ({} ms)", took.toMillis());
            } else {
                log.info("command {} {} ({} ms)", verb, outcome.name().toLowerCase(Locale.ROOT), took.toMillis());
            }
            observers.forEach(o -> o.handled(verb, outcome, took));
            return handled;
        } finally {
            restore(Intake.MDC_WORKSPACE, outerWorkspace);
            restore(Intake.MDC_PARTNERSHIP, outerPartnership);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}

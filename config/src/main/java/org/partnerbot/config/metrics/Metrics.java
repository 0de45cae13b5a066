package org.partnerbot.config.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.partnerbot.core.bot.CommandObserver;

/**
 * The process's metrics in Prometheus form: commands by verb and outcome, HTTP ack latency, JVM basics.
 * Labels come from the grammar and fixed paths only, never from user text, so their number stays small.
 */
public final class Metrics implements CommandObserver {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    /** Paths are the routes' fixed ones and statuses few, so this stays small. */
    private final Map<String, Timer> ackTimers = new ConcurrentHashMap<>();

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void handled(String verb, Outcome outcome, Duration took) {
        Counter.builder("partnerbot.commands").description("Inputs handled, by command and outcome")
                .tag("verb", verb).tag("outcome", outcome.name().toLowerCase()).register(registry).increment();
        Timer.builder("partnerbot.command.duration").description("Time to handle one input, transaction included")
                .tag("verb", verb).register(registry).record(took);
    }

    /** Counts reminder send attempts by kind and outcome (sent, found already delivered, retried, failed, closed). */
    public void reminder(org.partnerbot.core.outbox.MessageKind kind, org.partnerbot.core.outbox.DeliveryObserver.Outcome outcome) {
        Counter.builder("partnerbot.reminders").description("Reminder send attempts, by kind and outcome")
                .tag("kind", kind.name().toLowerCase()).tag("outcome", outcome.name().toLowerCase()).register(registry).increment();
    }

    /**
     * Records how long an HTTP request took to be answered (for Slack, the ack within 3 s). The timer is looked up
     * once per path and status: building and registering it for every request cost each ack a lock in the registry.
     */
    public void acked(String path, int status, Duration took) {
        ackTimers.computeIfAbsent(path + " " + status, k -> Timer.builder("partnerbot.http.ack")
                .description("Time from request to response, by path and status")
                .tag("path", path).tag("status", Integer.toString(status))
                .publishPercentileHistogram().register(registry)).record(took);
    }

    /** A counter any adapter or the scheduler can bump (reminders sent/failed/retried, rate-limit waits). */
    public void count(String name, String... tags) {
        registry.counter(name, tags).increment();
    }

    public String scrape() {
        return registry.scrape();
    }
}

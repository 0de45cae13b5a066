package org.partnerbot.config.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reminders.WeeklyTimer;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.schedule.MeetingSeries;
import org.partnerbot.core.store.Database;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.core.wiring.ScheduleModule;

/**
 * Agenda calls for many partnerships at once (H2 file, durable commits), through the real reminder service and
 * outbox: first computed and queued while the platform rate-limits every call (HTTP 429, Retry-After 60 s), then
 * drained while it still answers 429 (Retry-After 30 s) to every seventh call. The clock is moved by hand, so the
 * Retry-After waits cost no wall time: the times are the bot's own work. Counts what the platform received, per
 * channel, so anything lost or doubled shows.
 */
final class ReminderDrain {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z"); // a Monday
    private static final Duration BURST_RETRY_AFTER = Duration.ofSeconds(60);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    /** A platform that answers 429 to everything while {@code limiting}, then to every seventh call. */
    private static final class RateLimitedPlatform implements Messenger {
        final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
        final AtomicLong calls = new AtomicLong();
        final AtomicLong tooManyRequests = new AtomicLong();
        volatile boolean limiting = true;

        @Override
        public void send(Destination destination, Reply reply) {
            long n = calls.incrementAndGet();
            if (limiting) {
                tooManyRequests.incrementAndGet();
                throw new DeliveryException("429 ratelimited", false, BURST_RETRY_AFTER, null);
            }
            if (n % 7 == 0) {
                tooManyRequests.incrementAndGet();
                throw new DeliveryException("429 ratelimited", false, RETRY_AFTER, null);
            }
            received.computeIfAbsent(destination.conversationRef(), k -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** Quartz's thread count in production ({@code QuartzTimers.Settings.defaults()}). */
    private static final int QUARTZ_THREADS = 2;

    private ReminderDrain() {
    }

    /** Time spent in the checkpoints' collections, which stop every thread: left out of the times reported. */
    private static final AtomicLong CHECKPOINT_NANOS = new AtomicLong();

    /**
     * This JVM's resident memory (VmRSS) and the heap still in use after a full collection, once {@code done} of
     * {@code all} calls were queued: flat live heap means nothing is kept per partnership.
     */
    private static String memory(int done, int all) {
        long t = System.nanoTime();
        System.gc();
        java.lang.management.MemoryUsage heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        CHECKPOINT_NANOS.addAndGet(System.nanoTime() - t);
        long kib = rssKib();
        return String.format("%d%%: %d MiB resident, %d MiB live heap", 100L * done / all, kib / 1024, heap.getUsed() >> 20);
    }

    private static long rssKib() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElse(-1);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    static List<String> measure(Path dir, int partnerships) throws Exception {
        MutableClock clock = new MutableClock(NOW);
        RateLimitedPlatform platform = new RateLimitedPlatform();
        List<String> report = new ArrayList<>();
        try (CoreModule core = new CoreModule(Database.open(TestDatabases.fileUrl(dir), "sa", ""), clock)) {
            ScheduleModule scheduling = ScheduleModule.install(core.sendThrough(platform));
            core.bot();
            List<Long> ids = seed(core, scheduling, partnerships);

            // As in production: the slot's firing records the calls a chunk at a time and kicks the single outbox sender
            // after each chunk, which sends while the firing goes on with the next chunks.
            // CPU time of the timer threads and the sender, beside wall time: on a shared machine the wall time also counts
            // the time other processes held the cores.
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            AtomicLong timerCpuNanos = new AtomicLong();
            ExecutorService sender = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-prompt"));
            core.dispatcher().sendSoonOn(sender);
            List<String> rss = new ArrayList<>();
            rss.add(memory(0, ids.size()));
            CHECKPOINT_NANOS.set(0);
            // As in production since slot timers: every partnership here meets at the same local time, so their agenda
            // calls are one Quartz firing of one slot job, run on one of Quartz's threads. Resident memory is sampled
            // meanwhile (no collection, so no pause) to show whether it grows with the partnerships.
            ExecutorService quartzThreads = Executors.newFixedThreadPool(QUARTZ_THREADS);
            WeeklyTimer slot = new WeeklyTimer(MessageKind.AGENDA_CALL, java.time.DayOfWeek.MONDAY, LocalTime.of(10, 0),
                    ZoneOffset.UTC);
            AtomicLong peakRssKib = new AtomicLong();
            java.util.concurrent.ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(() -> peakRssKib.accumulateAndGet(rssKib(), Math::max), 0, 200,
                    java.util.concurrent.TimeUnit.MILLISECONDS);
            long t0 = System.nanoTime();
            quartzThreads.submit(() -> {
                long cpu0 = cpu.getCurrentThreadCpuTime();
                scheduling.wakeups().weeklySlot(slot, NOW);
                timerCpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpu0);
            }).get();
            sampler.shutdown();
            rss.add(String.format("peak resident while firing %d MiB", peakRssKib.get() / 1024));
            rss.add(memory(ids.size(), ids.size()));
            double queueSeconds = (System.nanoTime() - t0 - CHECKPOINT_NANOS.get()) / 1e9;
            quartzThreads.shutdown();
            long queuedBySender = platform.calls.get();
            // What the sender was still doing when the last job returned is part of the burst, not of the drain.
            long senderCpuNanos = sender.submit(cpu::getCurrentThreadCpuTime).get();
            double burstSeconds = (System.nanoTime() - t0 - CHECKPOINT_NANOS.get()) / 1e9;
            long queuedCalls = platform.calls.get();
            core.dispatcher().sendSoonOn(null);
            sender.shutdown();

            platform.limiting = false;
            clock.advance(BURST_RETRY_AFTER);
            long t1 = System.nanoTime();
            int rounds = 0;
            while (!core.transactions().inTransaction(() -> core.outbox().due(clock.instant().plus(Duration.ofDays(1)), 1)).isEmpty()) {
                if (core.dispatcher().deliverAllDue() == 0
                        && core.transactions().inTransaction(() -> core.outbox().due(clock.instant(), 1)).isEmpty()) {
                    clock.advance(RETRY_AFTER); // only Retry-After waits left: let them pass
                }
                rounds++;
            }
            double drainSeconds = (System.nanoTime() - t1) / 1e9;

            long delivered = platform.received.size();
            long doubled = platform.received.values().stream().filter(n -> n.get() > 1).count();
            Map<String, Integer> byStatus = core.transactions().inTransaction(() -> core.jdbc().list(
                    "SELECT status, COUNT(*) FROM reminder_outbox GROUP BY status", rs -> Map.entry(rs.getString(1), rs.getInt(2))))
                    .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Integer::sum,
                            java.util.TreeMap::new));
            report.add("");
            report.add("## Agenda calls for " + partnerships + " partnerships: queued, then drained against a rate-limiting platform");
            report.add("");
            report.add("Real reminder service and outbox on an H2 file (durable commits); a fake platform answers HTTP 429 to every"
                    + " call during the burst (Retry-After " + BURST_RETRY_AFTER.toSeconds() + " s), then to every seventh call"
                    + " (Retry-After " + RETRY_AFTER.toSeconds() + " s). The clock is moved past Retry-After waits by hand, so"
                    + " the times below are the bot's own work, not waiting.");
            report.add("");
            report.add("| step | seconds | per second |");
            report.add("|---|---|---|");
            report.add(String.format("| compute, record and queue %d agenda calls (one slot firing on a timer thread; the sender trying them"
                            + " meanwhile) | %.2f | %.0f |", ids.size(), queueSeconds, ids.size() / queueSeconds));
            report.add(String.format("| … until the sender had tried every call once (%d of them tried while the timers still"
                            + " fired) | %.2f | %.0f |", queuedBySender, burstSeconds, ids.size() / burstSeconds));
            report.add(String.format("| drain the outbox (%d sending rounds) | %.2f | %.0f |", rounds, drainSeconds,
                    delivered / drainSeconds));
            report.add("");
            report.add(String.format("Platform calls %d (%d during the burst), 429 answers %d. Channels that received their agenda"
                            + " call: %d of %d; received twice: %d; lost: %d. Outbox: %s.", platform.calls.get(), queuedCalls,
                    platform.tooManyRequests.get(), delivered, ids.size(), doubled, ids.size() - delivered, byStatus));
            report.add("");
            report.add(String.format("CPU time while queueing: timer thread %.2f s, sender %.2f s (until it had tried every"
                    + " call once).", timerCpuNanos.get() / 1e9, senderCpuNanos / 1e9));
            report.add("");
            report.add("Memory while the calls were queued (live heap after a full collection, its pause left out of the"
                    + " times): " + String.join("; ", rss) + ".");
        }
        return report;
    }

    /** Each partnership meets on Tuesday at 10:00 UTC; its agenda call (24 h before) is due now. */
    private static List<Long> seed(CoreModule core, ScheduleModule scheduling, int partnerships) {
        List<Long> ids = new ArrayList<>();
        for (int from = 0; from < partnerships; from += 1000) {
            int start = from;
            ids.addAll(core.transactions().inTransaction(() -> {
                List<Long> out = new ArrayList<>();
                for (int i = start; i < Math.min(start + 1000, partnerships); i++) {
                    Partnership p = core.partnerships().create("slack:T1", "C" + i, "C" + i, "Partnership " + i);
                    core.partnerships().updateZone(p.id(), ZoneOffset.UTC);
                    scheduling.series().save(MeetingSeries.weekly(p.id(), java.time.DayOfWeek.TUESDAY, LocalTime.of(10, 0),
                            ZoneOffset.UTC, 60));
                    out.add(p.id());
                }
                return out;
            }));
        }
        return ids;
    }
}

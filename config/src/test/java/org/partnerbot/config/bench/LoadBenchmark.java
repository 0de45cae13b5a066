package org.partnerbot.config.bench;



import com.slack.api.bolt.App;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.config.Application;
import org.partnerbot.config.Settings;
import org.partnerbot.config.http.HttpListener;
import org.partnerbot.core.bot.PartnerBot;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.slack.transport.EventsEndpoint;

/**
 * The load benchmark of docs/benchmarks.md. Not part of the test suite (tag {@code benchmark}); run it with the
 * command given there. It asserts nothing about speed: it measures and prints a Markdown report to
 * {@code config/target/benchmark.md}.
 */
@Tag("benchmark")
class LoadBenchmark {

    private static final String SECRET = "bench-signing-secret";
    private static final int COUNTED_PER_THREAD = 100;
    /**
     * Who speaks in the core part: as Slack's adapter makes every speaker, with a name, time zone, locale and their own
     * organisation (the workspace itself), which the core refreshes on each command.
     */
    private static final Speaker SPEAKER = new Speaker("dan", "Dan Jones", java.time.ZoneId.of("Europe/London"), "en-GB",
            "bench", null);
    private final int rate = Integer.getInteger("bench.rps", 200);
    private final int seconds = Integer.getInteger("bench.seconds", 60);
    private final int warmup = Integer.getInteger("bench.warmup", 10);
    private final List<String> report = new ArrayList<>();

    @Test
    void measure(@TempDir Path dir) throws Exception {
        report.add("Run " + OffsetDateTime.now(ZoneOffset.UTC).withNano(0) + " on " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ".");
        // -Dbench.parts=acks,core,startup,agenda (default: all) runs only some, e.g. start-up alone at 100,000 partnerships.
        java.util.Set<String> parts = java.util.Set.of(System.getProperty("bench.parts", "acks,core,startup,agenda").split(","));
        if (parts.contains("acks")) {
            try (FakeSlackWebApi fake = new FakeSlackWebApi()) {
                slashCommandAcks(dir.resolve("acks"), fake);
            }
        }
        if (parts.contains("core")) {
            coreCommandsPerSecond(dir.resolve("core"));
        }
        if (parts.contains("startup")) {
            startupWithALargeDatabase(dir.resolve("large"));
        }
        if (parts.contains("agenda")) {
            report.addAll(ReminderDrain.measure(dir.resolve("reminders"), Integer.getInteger("bench.partnerships", 10_000)));
        }
        Path out = Path.of("target", "benchmark.md");
        Files.write(out, report, StandardCharsets.UTF_8);
        report.forEach(System.out::println);
    }

    private void slashCommandAcks(Path dir, FakeSlackWebApi fake) throws Exception {
        SlashLoad load = new SlashLoad(SECRET);
        Settings settings = new Settings(Map.of("PARTNERBOT_DB_URL", TestDatabases.fileUrl(dir), "PARTNERBOT_PORT", "0", "PARTNERBOT_MANAGEMENT_PORT", "0",
                "SLACK_BOT_TOKEN", "xoxb-bench", "SLACK_SIGNING_SECRET", SECRET, "SLACK_API_URL", fake.apiUrl()));
        SlashLoad.Result partnerbot;
        try (Application app = Application.start(settings, false, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            String url = "http://127.0.0.1:" + app.httpPort() + "/slack/events";
            load.run("setup", url, 1, 1, i -> "setup Bench partnership", fake.responseUrl());
            Thread.sleep(500);
            load.run("warm-up", url, rate, warmup, LoadBenchmark::mixedCommand, fake.responseUrl());
            partnerbot = load.run("Partnerbot (real app, H2 file, durable commits)", url, rate, seconds,
                    LoadBenchmark::mixedCommand, fake.responseUrl());
        }
        App minimal = MinimalBoltApp.app(SECRET, fake.apiUrl());
        SlashLoad.Result baseline;
        try (HttpListener listener = new HttpListener("127.0.0.1", 0).route(MinimalBoltApp.route(minimal)).start()) {
            String url = "http://127.0.0.1:" + listener.port() + EventsEndpoint.PATH;
            load.run("warm-up", url, rate, warmup, LoadBenchmark::mixedCommand, fake.responseUrl());
            baseline = load.run("Minimal Bolt app (acks \"ok\", same listener)", url, rate, seconds,
                    LoadBenchmark::mixedCommand, fake.responseUrl());
        }
        report.add("");
        report.add("## Slash-command ack latency: " + rate + " requests/s for " + seconds + " s (after " + warmup + " s warm-up)");
        report.add("");
        report.add("| app | requests | errors | p50 ms | p99 ms | max ms | achieved req/s |");
        report.add("|---|---|---|---|---|---|---|");
        report.add(partnerbot.row());
        report.add(baseline.row());
        report.add("");
        report.add(String.format("Ratio Partnerbot / minimal Bolt: p50 %.2f×, p99 %.2f×, max %.2f×.",
                partnerbot.p50() / baseline.p50(), partnerbot.p99() / baseline.p99(), partnerbot.max() / baseline.max()));
    }

    /** Three reads to one write, as a partnership's channel would send them. */
    private static String mixedCommand(int i) {
        return switch (i % 4) {
            case 0 -> "agenda add item " + i;
            case 1 -> "agenda";
            case 2 -> "duties";
            default -> "help";
        };
    }

    private void coreCommandsPerSecond(Path dir) throws Exception {
        int perThread = Integer.getInteger("bench.core.commands", 3000);
        int warmupPerThread = Integer.getInteger("bench.core.warmup", 1000);
        // A partnership's weekly agenda holds a dozen or two items: each thread's commands go round this many
        // partnerships, so each agenda ends with perThread / 2 / this many items. The old shape, one partnership per
        // thread whose agenda grows to perThread / 2 items, is measured beside it.
        int partnershipsPerThread = Integer.getInteger("bench.core.partnerships", 100);
        java.util.Set<String> shapes = java.util.Set.of(System.getProperty("bench.core.shapes", "short,long").split(","));
        report.add("");
        report.add("## Core commands per second (H2 file, WRITE_DELAY=0: every reply is on disk)");
        report.add("");
        report.add("Each thread: " + perThread + " commands, half `agenda add`, half `agenda`, said by a speaker as Slack's adapter"
                + " describes them (name, time zone, locale, organisation). Short agendas: each thread's commands go round "
                + partnershipsPerThread + " partnerships of its own, so each agenda ends with " + perThread / 2 / partnershipsPerThread
                + " items, as a weekly meeting's would. One long agenda: each thread in a single partnership whose agenda grows"
                + " to " + perThread / 2 + " items, and every `agenda` lists all of them. Measured after " + warmupPerThread
                + " warm-up commands in other partnerships (the JIT's warm-up is not measured). Statements and commits per command"
                + " are H2's own count (INFORMATION_SCHEMA.QUERY_STATISTICS) over " + COUNTED_PER_THREAD + " more commands per"
                + " thread, run after the measured ones: load does not change them.");
        report.add("");
        report.add("| agendas | threads | commands | seconds | commands/s | raw H2 single-row commits/s, same threads | ratio"
                + " | statements per command | commits per command |");
        report.add("|---|---|---|---|---|---|---|---|---|");
        for (int threads : new int[] {1, 2, 4}) {
            double raw = rawH2InsertsPerSecond(dir.resolve("raw" + threads), threads, 3000);
            if (shapes.contains("short")) {
                coreRow(dir.resolve("short" + threads), "short (" + partnershipsPerThread + " per thread)", threads,
                        partnershipsPerThread, perThread, warmupPerThread, raw);
            }
            if (shapes.contains("long")) {
                coreRow(dir.resolve("long" + threads), "one long", threads, 1, perThread, warmupPerThread, raw);
            }
        }
    }

    private void coreRow(Path dir, String shape, int threads, int partnershipsPerThread, int perThread, int warmupPerThread,
                         double raw) throws Exception {
        try (CoreModule core = CoreModule.open(TestDatabases.fileUrl(dir), "sa", "", Clock.systemUTC())) {
            PartnerBot bot = core.bot();
            for (int t = 0; t < threads; t++) {
                bot.handle(Inbound.command("bench", "W" + t + "-0", "r", new Speaker("sam", "sam", null), "setup Warm-up " + t));
                for (int k = 0; k < partnershipsPerThread; k++) {
                    bot.handle(Inbound.command("bench", "C" + t + "-" + k, "r", new Speaker("sam", "sam", null), "setup P" + t + "-" + k));
                }
            }
            agendaLoad(bot, threads, "W", 1, warmupPerThread);
            double secs = agendaLoad(bot, threads, "C", partnershipsPerThread, perThread);
            // Counted apart, so H2's bookkeeping of statistics does not slow the measured run.
            H2Statements counting = H2Statements.start(core.database().dataSource());
            agendaLoad(bot, threads, "C", partnershipsPerThread, COUNTED_PER_THREAD);
            H2Statements.Count count = counting.stop();
            double perSecond = threads * perThread / secs;
            int counted = threads * COUNTED_PER_THREAD;
            report.add(String.format("| %s | %d | %d | %.1f | %.0f | %.0f | %.2f | %.1f | %.2f |", shape, threads, threads * perThread,
                    secs, perSecond, raw, perSecond / raw, (double) count.statements() / counted, (double) count.commits() / counted));
        }
    }

    /**
     * {@code threads} threads each send {@code perThread} commands, an {@code agenda add} then an {@code agenda} to each
     * of their {@code partnerships} channels in turn; returns the seconds it took.
     */
    private static double agendaLoad(PartnerBot bot, int threads, String channelPrefix, int partnerships, int perThread)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String prefix = channelPrefix + t + "-";
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        String channel = prefix + (i / 2) % partnerships;
                        bot.handle(Inbound.command("bench", channel, "r", SPEAKER, i % 2 == 0 ? "agenda add item " + i : "agenda"));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * The floor under every durable command: one-row INSERTs on an H2 file with WRITE_DELAY=0 (as the application
     * opens it), each committed on its own, from {@code threads} threads with a connection each.
     */
    private static double rawH2InsertsPerSecond(Path dir, int threads, int perThread) throws Exception {
        String url = TestDatabases.fileUrl(dir) + ";WRITE_DELAY=0";
        try (java.sql.Connection setup = java.sql.DriverManager.getConnection(url, "sa", "")) {
            setup.createStatement().execute("CREATE TABLE raw_rows (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                    + " thread INT NOT NULL, text VARCHAR(200) NOT NULL)");
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
                         PreparedStatement ps = c.prepareStatement("INSERT INTO raw_rows (thread, text) VALUES (?, ?)")) {
                        c.setAutoCommit(false);
                        for (int i = 0; i < perThread; i++) {
                            ps.setInt(1, thread);
                            ps.setString(2, "item " + i);
                            ps.executeUpdate();
                            c.commit();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double secs = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            return threads * perThread / secs;
        }
    }

    private void startupWithALargeDatabase(Path dir) throws Exception {
        String url = TestDatabases.fileUrl(dir);
        int partnerships = Integer.getInteger("bench.partnerships", 10_000);
        int actionsEach = 10;
        // -Dbench.reuseDb=/tmp/big: writing 1,000,000 actions takes minutes, so the first run keeps a copy of the
        // generated database there and later runs start from a copy of it, timing the start-up alone.
        String reuse = System.getProperty("bench.reuseDb");
        Path kept = reuse == null ? null : Path.of(reuse);
        if (kept != null && Files.isDirectory(kept)) {
            copyDirectory(kept, dir);
        } else {
            try (CoreModule core = CoreModule.open(url, "sa", "", Clock.systemUTC())) {
                seed(core, partnerships, actionsEach);
            }
            if (kept != null) {
                copyDirectory(dir, kept);
            }
        }
        long dbBytes;
        try (var files = Files.list(dir)) {
            dbBytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        try (FakeSlackWebApi fake = new FakeSlackWebApi()) {
            int port;
            int managementPort;
            try (ServerSocket s = new ServerSocket(0); ServerSocket m = new ServerSocket(0)) {
                port = s.getLocalPort();
                managementPort = m.getLocalPort();
            }
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.partnerbot.config.Main");
            // /healthz is on the management listener (never on the public one).
            pb.environment().putAll(Map.of("PARTNERBOT_DB_URL", url, "PARTNERBOT_PORT", Integer.toString(port),
                    "PARTNERBOT_MANAGEMENT_PORT", Integer.toString(managementPort),
                    "SLACK_BOT_TOKEN", "xoxb-bench", "SLACK_SIGNING_SECRET", SECRET, "SLACK_API_URL", fake.apiUrl()));
            // -Dbench.startupLog=/tmp/start.log keeps what the server printed while starting (to see where the time goes).
            String log = System.getProperty("bench.startupLog");
            ProcessBuilder.Redirect output = log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(new java.io.File(log));
            pb.redirectOutput(output).redirectErrorStream(true);
            long started = System.nanoTime();
            Process process = pb.start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                double readySeconds = -1;
                for (int i = 0; i < 600 && readySeconds < 0; i++) {
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/healthz"))
                                .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            readySeconds = (System.nanoTime() - started) / 1e9;
                        }
                    } catch (IOException notYet) {
                        Thread.sleep(50);
                    }
                }
                long rssKb = Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                        .filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong)
                        .findFirst().orElse(-1);
                report.add("");
                report.add("## Start-up with " + partnerships + " partnerships and " + partnerships * actionsEach + " actions");
                report.add("");
                report.add("| database on disk | JVM start to /healthz 200 | resident memory after start |");
                report.add("|---|---|---|");
                report.add(String.format("| %.0f MiB (H2 file) | %.2f s | %d MiB |", dbBytes / 1048576.0, readySeconds, rssKb / 1024));
            } finally {
                process.destroy();
                process.waitFor();
            }
        }
    }

    private static void copyDirectory(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, to.resolve(f.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Bulk rows straight through JDBC: the point is the size of what start-up faces, not how it got there. */
    private static void seed(CoreModule core, int partnerships, int actionsEach) throws Exception {
        try (Connection c = core.database().dataSource().getConnection()) {
            c.setAutoCommit(false);
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO partnerships (workspace, conversation_key, conversation_ref,"
                    + " name, time_zone, created_at) VALUES ('slack:T1', ?, ?, ?, 'Europe/London', ?)")) {
                for (int i = 0; i < partnerships; i++) {
                    p.setString(1, "C" + i);
                    p.setString(2, "C" + i);
                    p.setString(3, "Partnership " + i);
                    p.setObject(4, now);
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO people (workspace, user_key, display_name) VALUES ('slack:T1', 'U1', 'dan')");
                s.execute("INSERT INTO members (partnership_id, person_id, is_admin, is_chair, joined_at)"
                        + " SELECT id, (SELECT id FROM people), TRUE, TRUE, created_at FROM partnerships");
            }
            try (PreparedStatement a = c.prepareStatement("INSERT INTO actions (partnership_id, number, text, status, created_by,"
                    + " created_at) SELECT p.id, ?, ?, 'OPEN', m.id, p.created_at FROM partnerships p JOIN members m ON m.partnership_id = p.id")) {
                for (int n = 1; n <= actionsEach; n++) {
                    a.setInt(1, n);
                    a.setString(2, "action " + n);
                    a.addBatch();
                }
                a.executeBatch();
            }
            c.commit();
        }
    }
}

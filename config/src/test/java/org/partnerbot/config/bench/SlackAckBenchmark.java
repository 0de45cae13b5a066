package org.partnerbot.config.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.testing.TestDatabases;

/**
 * The "Slack ack" benchmarks of docs/benchmarks.md: Partnerbot (real process, Slack HTTP mode, H2 file, durable inbox
 * insert before every ack) against a minimal Bolt app that only acks, both on the same Jetty listener, each in several
 * JVMs of its own, measured in interleaved slices in one run so the machine's ups and downs fall on both alike.
 * Not a test: it asserts nothing and writes {@code config/target/benchmark-slack-ack.md}.
 */
@Tag("benchmark")
class SlackAckBenchmark {

    private static final String SECRET = "bench-signing-secret";
    private static final String PARTNERBOT = "Partnerbot";
    private static final String BOLT = "Minimal Bolt";
    /** With {@code -Dbench.before=<another checkout, compiled>}: that build of Partnerbot, in the same slices. */
    private static final String BEFORE = "Partnerbot before";
    private final int rate = Integer.getInteger("bench.rps", 200);
    private final int jvms = Integer.getInteger("bench.jvms", 2);
    private final int slices = Integer.getInteger("bench.slices", 3);
    private final int sliceSeconds = Integer.getInteger("bench.sliceSeconds", 10);
    private final int concurrency = Integer.getInteger("bench.concurrency", 32);

    private record Server(String app, Process process, String url) {
    }

    @Test
    void measure(@TempDir Path dir) throws Exception {
        List<String> report = new ArrayList<>();
        report.add("Run " + OffsetDateTime.now(ZoneOffset.UTC).withNano(0) + " on " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + "; " + jvms + " JVMs of each app, " + slices
                + " interleaved slices of " + sliceSeconds + " s per JVM.");
        List<Server> servers = new ArrayList<>();
        List<String> apps = new ArrayList<>(List.of(PARTNERBOT, BOLT));
        String before = System.getProperty("bench.before", "").strip();
        if (!before.isEmpty()) {
            apps.add(BEFORE);
            report.add("\"" + BEFORE + "\" is Partnerbot built in " + before + ", measured in the same interleaved slices.");
        }
        try (FakeSlackWebApi fake = new FakeSlackWebApi()) {
            for (int j = 0; j < jvms; j++) {
                servers.add(partnerbot(PARTNERBOT, dir.resolve("pb" + j), fake, System.getProperty("java.class.path")));
                servers.add(minimalBolt(fake));
                if (!before.isEmpty()) {
                    servers.add(partnerbot(BEFORE, dir.resolve("before" + j), fake, classPathOf(before)));
                }
            }
            SlashLoad load = new SlashLoad(SECRET);
            for (Server s : servers) {
                awaitUp(s.url());
                load.run("setup", s.url(), 1, 1, i -> "setup Bench partnership", fake.responseUrl());
                load.run("warm-up", s.url(), rate, 10, i -> "help", fake.responseUrl());
                load.saturate(s.url(), concurrency, 5, fake.responseUrl());
            }
            settle(fake);
            Map<String, List<Double>> latencies = perApp(apps, ArrayList::new);
            Map<String, int[]> errors = perApp(apps, () -> new int[1]);
            // CPU time of each app's process over its slices and the drains after them: what a request costs the app in
            // all (the work behind the ack included), which a loaded machine's queueing does not distort as it does times.
            Map<String, long[]> cpu = perApp(apps, () -> new long[2]);
            for (int slice = 0; slice < slices; slice++) {
                for (Server s : servers) {
                    long before0 = cpuNanos(s.process());
                    SlashLoad.Result r = load.run(s.app(), s.url(), rate, sliceSeconds, i -> "help", fake.responseUrl());
                    System.out.println("[bench] latency slice " + r.row());
                    latencies.get(s.app()).addAll(r.millis());
                    errors.get(s.app())[0] += r.errors();
                    settle(fake);
                    cpu.get(s.app())[0] += cpuNanos(s.process()) - before0;
                    cpu.get(s.app())[1] += r.sent();
                }
            }
            Map<String, List<Double>> throughput = perApp(apps, ArrayList::new);
            Map<String, int[]> busy = perApp(apps, () -> new int[1]);
            Map<String, long[]> saturatedCpu = perApp(apps, () -> new long[2]);
            for (int slice = 0; slice < slices; slice++) {
                for (Server s : servers) {
                    long before0 = cpuNanos(s.process());
                    SlashLoad.Saturation r = load.saturate(s.url(), concurrency, sliceSeconds, fake.responseUrl());
                    throughput.get(s.app()).add(r.perSecond());
                    System.out.printf("[bench] throughput slice %s %.0f/s (busy %d)%n", s.app(), r.perSecond(), r.busy());
                    busy.get(s.app())[0] += r.busy();
                    settle(fake); // the inbox drains before the next slice, so its work does not land on the other app
                    saturatedCpu.get(s.app())[0] += cpuNanos(s.process()) - before0;
                    saturatedCpu.get(s.app())[1] += r.answered();
                }
            }
            List<String> partnerbots = apps.stream().filter(a -> !a.equals(BOLT)).toList();
            report.add("");
            report.add("### Slack ack latency: " + rate + " signed `/partner help` per second (open loop)");
            report.add("");
            report.add("| app | requests | errors | p50 ms | p99 ms | max ms |");
            report.add("|---|---|---|---|---|---|");
            for (String app : apps) {
                List<Double> sorted = sorted(latencies.get(app));
                report.add(String.format("| %s | %d | %d | %.2f | %.2f | %.2f |", app, sorted.size(), errors.get(app)[0],
                        pct(sorted, 0.50), pct(sorted, 0.99), sorted.get(sorted.size() - 1)));
            }
            for (String app : partnerbots) {
                report.add("");
                report.add(String.format("CPU per request over the latency slices and their drains (the app's whole process):"
                        + " %s %.3f ms, minimal Bolt %.3f ms (%.2f×).", app, cpuMillisPer(cpu.get(app)),
                        cpuMillisPer(cpu.get(BOLT)), cpuMillisPer(cpu.get(app)) / cpuMillisPer(cpu.get(BOLT))));
                report.add("");
                report.add(String.format("Ratio %s / minimal Bolt: p50 %.2f×, p99 %.2f× (target ≤ 1.25×).", app,
                        pct(sorted(latencies.get(app)), 0.5) / pct(sorted(latencies.get(BOLT)), 0.5),
                        pct(sorted(latencies.get(app)), 0.99) / pct(sorted(latencies.get(BOLT)), 0.99)));
            }
            report.add("");
            report.add("### Slack ack throughput: " + concurrency + " requests in flight (closed loop), " + sliceSeconds + " s slices");
            report.add("");
            report.add("| app | slices (req/s each) | mean req/s | answered busy |");
            report.add("|---|---|---|---|");
            for (String app : apps) {
                List<Double> t = throughput.get(app);
                report.add(String.format("| %s | %s | %.0f | %d |", app, t.stream().map(v -> String.format("%.0f", v)).toList(),
                        mean(t), busy.get(app)[0]));
            }
            for (String app : partnerbots) {
                report.add("");
                report.add(String.format("Ratio %s / minimal Bolt: %.2f× (target ≥ 0.8×).", app,
                        mean(throughput.get(app)) / mean(throughput.get(BOLT))));
                report.add("");
                report.add(String.format("CPU per answer over the throughput slices and their drains: %s %.3f ms,"
                        + " minimal Bolt %.3f ms (%.2f×).", app, cpuMillisPer(saturatedCpu.get(app)),
                        cpuMillisPer(saturatedCpu.get(BOLT)), cpuMillisPer(saturatedCpu.get(app)) / cpuMillisPer(saturatedCpu.get(BOLT))));
            }
        } finally {
            for (Server s : servers) {
                s.process().destroy();
                s.process().waitFor(30, TimeUnit.SECONDS);
                s.process().destroyForcibly();
            }
        }
        Files.write(Path.of("target", "benchmark-slack-ack.md"), report, StandardCharsets.UTF_8);
        report.forEach(System.out::println);
    }

    private static <T> Map<String, T> perApp(List<String> apps, java.util.function.Supplier<T> empty) {
        Map<String, T> m = new java.util.LinkedHashMap<>();
        apps.forEach(a -> m.put(a, empty.get()));
        return m;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /**
     * This run's class path with each of this build's module output folders replaced by the same folder under
     * {@code root}: another checkout of Partnerbot, built there ({@code mvn -o compile}), to measure against this one.
     */
    private static String classPathOf(String root) {
        Path here = Path.of("").toAbsolutePath().getParent(); // the tests run in config/
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(e).toAbsolutePath();
            entries.add(p.startsWith(here) && p.endsWith(Path.of("target", "classes"))
                    ? Path.of(root).resolve(here.relativize(p)).toString() : e);
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static long cpuNanos(Process p) {
        return p.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private static double cpuMillisPer(long[] nanosAndRequests) {
        return nanosAndRequests[1] == 0 ? 0 : nanosAndRequests[0] / 1e6 / nanosAndRequests[1];
    }

    private static List<Double> sorted(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        Collections.sort(s);
        return s;
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private Server partnerbot(String app, Path dir, FakeSlackWebApi fake, String classPath) throws IOException {
        int port = freePort();
        ProcessBuilder pb = java("org.partnerbot.config.Main", jvmArgs(app.equals(BEFORE) ? "bench.beforeJvmArgs"
                : "bench.partnerbotJvmArgs"), classPath);
        pb.environment().putAll(Map.of("PARTNERBOT_DB_URL", TestDatabases.fileUrl(dir), "PARTNERBOT_PORT", Integer.toString(port),
                "PARTNERBOT_MANAGEMENT_PORT", "0", "SLACK_BOT_TOKEN", "xoxb-bench",
                "SLACK_SIGNING_SECRET", SECRET, "SLACK_API_URL", fake.apiUrl()));
        return new Server(app, pb.start(), "http://127.0.0.1:" + port + "/slack/events");
    }

    private Server minimalBolt(FakeSlackWebApi fake) throws IOException {
        int port = freePort();
        ProcessBuilder pb = java(MinimalBoltServer.class.getName(), jvmArgs("bench.boltJvmArgs"),
                System.getProperty("java.class.path"), Integer.toString(port), SECRET, fake.apiUrl());
        return new Server(BOLT, pb.start(), "http://127.0.0.1:" + port + "/slack/events");
    }

    /** Extra JVM options for one side's processes (e.g. a flight recording), space-separated; none by default. */
    private static List<String> jvmArgs(String property) {
        String raw = System.getProperty(property, "").strip();
        return raw.isEmpty() ? List.of() : List.of(raw.split("\\s+"));
    }

    private static ProcessBuilder java(String main, List<String> jvmArgs, String classPath, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8"));
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", classPath, main));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("PARTNERBOT_") || k.startsWith("SLACK_") || k.startsWith("MICROSOFT_APP_"));
        String logDir = System.getProperty("bench.logDir");
        if (logDir == null) {
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        } else {
            // To read what a side logged (its own log lines cost it the same either way).
            java.io.File log = Path.of(logDir, main.substring(main.lastIndexOf('.') + 1) + "-" + System.nanoTime() + ".log").toFile();
            pb.redirectErrorStream(true).redirectOutput(log);
        }
        return pb;
    }

    private static void awaitUp(String url) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 600; i++) {
            try {
                http.send(HttpRequest.newBuilder(URI.create(url)).GET().timeout(Duration.ofSeconds(1)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("not up: " + url);
    }

    /** Until the fake Web API has heard nothing for a second: every answer behind the acks so far has gone out. */
    private static void settle(FakeSlackWebApi fake) throws InterruptedException {
        long last = -1;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (fake.calls.get() != last && System.nanoTime() < deadline) {
            last = fake.calls.get();
            Thread.sleep(1000);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

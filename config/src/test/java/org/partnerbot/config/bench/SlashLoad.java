package org.partnerbot.config.bench;

import com.slack.api.app_backend.SlackSignature;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Open-loop load: signed slash-command requests sent at a fixed rate whatever the server does (a closed loop would
 * hide queueing), measuring the time to each HTTP answer, i.e. Slack's ack.
 */
final class SlashLoad {

    /** A closed-loop run: how many answers came per second, and how many of them said "busy". */
    record Saturation(int answered, int busy, double seconds) {
        double perSecond() {
            return answered / seconds;
        }
    }

    record Result(String name, int sent, int errors, double p50, double p99, double max, double seconds, List<Double> millis) {
        String row() {
            return String.format("| %s | %d | %d | %.2f | %.2f | %.2f | %.1f |", name, sent, errors, p50, p99, max, sent / seconds);
        }
    }

    /** Slack's trigger_id is unique per invocation, and the bot runs a repeated one only once: never reuse one. */
    private static final java.util.concurrent.atomic.AtomicLong TRIGGERS = new java.util.concurrent.atomic.AtomicLong();
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(16))
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final SlackSignature.Generator signer;

    SlashLoad(String signingSecret) {
        this.signer = new SlackSignature.Generator(signingSecret);
    }

    Result run(String name, String url, int perSecond, int seconds, IntFunction<String> textOf, String responseUrl)
            throws Exception {
        int total = perSecond * seconds;
        List<Double> millis = Collections.synchronizedList(new ArrayList<>(total));
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>(total);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / perSecond;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            HttpRequest request = signed(url, body(textOf.apply(i), i, responseUrl));
            long sentAt = System.nanoTime();
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
                millis.add((System.nanoTime() - sentAt) / 1e6);
                if (e != null || r.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                return null;
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return new Result(name, total, errors.get(), percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted.get(sorted.size() - 1), elapsed, sorted);
    }

    /** {@code inFlight} requests at all times for {@code seconds}: each answer sends the next. */
    Saturation saturate(String url, int inFlight, int seconds, String responseUrl) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        AtomicInteger counter = new AtomicInteger();
        List<CompletableFuture<Void>> loops = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < inFlight; c++) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            loops.add(done);
            next(url, responseUrl, end, answered, busy, counter, done);
        }
        CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new)).get(seconds + 60L, TimeUnit.SECONDS);
        return new Saturation(answered.get(), busy.get(), (System.nanoTime() - start) / 1e9);
    }

    private void next(String url, String responseUrl, long end, AtomicInteger answered, AtomicInteger busy,
                      AtomicInteger counter, CompletableFuture<Void> done) {
        if (System.nanoTime() >= end) {
            done.complete(null);
            return;
        }
        http.sendAsync(signed(url, body("help", counter.incrementAndGet(), responseUrl)), HttpResponse.BodyHandlers.ofString())
                .whenComplete((r, e) -> {
                    if (e == null && r.statusCode() == 200) {
                        answered.incrementAndGet();
                        if (r.body().contains("busy")) {
                            busy.incrementAndGet();
                        }
                    }
                    next(url, responseUrl, end, answered, busy, counter, done);
                });
    }

    private HttpRequest signed(String url, String body) {
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signer.generate(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String body(String text, int i, String responseUrl) {
        return "token=x&team_id=T1&team_domain=bench&channel_id=C1&channel_name=partnership&user_id=U" + (i % 50)
                + "&user_name=u" + (i % 50) + "&command=%2Fpartner&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&response_url=" + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8) + "&trigger_id=" + TRIGGERS.incrementAndGet();
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}

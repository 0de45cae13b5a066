package org.partnerbot.config.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.testing.TestPostgres;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.slack.fakes.FakeSlackApi;

/**
 * Nothing acknowledged is lost. A real Partnerbot process takes signed Slack slash commands (or Teams activities) from
 * several clients at full speed and is killed with SIGKILL after a few hundred acknowledgements; after a restart,
 * every acknowledged command has had its effect exactly once and its answer was posted. An input in flight at the kill
 * (not acknowledged) may or may not have landed, but never twice. On an H2 file and on PostgreSQL.
 */
class InboxCrashSafetyTest {

    private static final String SECRET = "crash-signing-secret";
    private static final int CLIENTS = 4;
    private static final int KILL_AFTER = 300;

    @Test
    void everyAckedSlackCommandHasItsEffectOnceAndItsAnswerAfterKillNineOnH2(@TempDir Path dir) throws Exception {
        slack(TestDatabases.fileUrl(dir), "sa");
    }

    @Test
    void everyAckedSlackCommandHasItsEffectOnceAndItsAnswerAfterKillNineOnPostgres() throws Exception {
        slack(TestPostgres.freshDatabaseUrl(), "postgres");
    }

    @Test
    void everyAckedTeamsActivityHasItsEffectOnceAndItsAnswerAfterKillNineOnH2(@TempDir Path dir) throws Exception {
        teams(TestDatabases.fileUrl(dir), "sa");
    }

    @Test
    void everyAckedTeamsActivityHasItsEffectOnceAndItsAnswerAfterKillNineOnPostgres() throws Exception {
        teams(TestPostgres.freshDatabaseUrl(), "postgres");
    }

    // --- Slack --------------------------------------------------------------------------------------------------

    private void slack(String url, String user) throws Exception {
        try (FakeSlackApi api = new FakeSlackApi()) {
            int port = freePort();
            Map<String, String> env = Map.of("PARTNERBOT_DB_URL", url, "PARTNERBOT_DB_USER", user,
                    "PARTNERBOT_PORT", Integer.toString(port), "PARTNERBOT_MANAGEMENT_PORT", "0",
                    "SLACK_BOT_TOKEN", "xoxb-crash", "SLACK_SIGNING_SECRET", SECRET, "SLACK_API_URL", api.apiUrl());
            String endpoint = "http://127.0.0.1:" + port + "/slack/events";
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            SlackSignature.Generator signer = new SlackSignature.Generator(SECRET);
            IntFunction<HttpRequest> command = id -> signed(signer, endpoint, slashCommand(api, id,
                    id == 0 ? "setup Crash partnership" : "agenda add crash item " + id));

            Process first = start(env, false);
            Set<Integer> acked;
            try {
                awaitListening(http, endpoint);
                assertThat(http.send(command.apply(0), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
                awaitTrue(() -> !api.calls("response/0").isEmpty(), Duration.ofSeconds(30), "the setup was answered");
                acked = burstThenKill(first, http, command, response -> response.statusCode() == 200
                        && !response.body().contains("busy"));
            } finally {
                first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            assertThat(acked.size()).isGreaterThanOrEqualTo(KILL_AFTER);

            Process second = start(env, false);
            try {
                awaitTrue(() -> acked.stream().allMatch(id -> !api.calls("response/" + id).isEmpty()), Duration.ofSeconds(180),
                        () -> "every acknowledged command was answered (answered "
                                + acked.stream().filter(id -> !api.calls("response/" + id).isEmpty()).count() + " of " + acked.size() + ")");
            } finally {
                second.destroy();
                second.waitFor(40, TimeUnit.SECONDS);
                second.destroyForcibly();
            }
            for (int id : acked) {
                List<FakeSlackApi.Call> answers = api.calls("response/" + id);
                assertThat(answers.get(0).mrkdwn()).as("the answer to command " + id).contains("crash item " + id);
            }
            assertEffectsOnce(url, user, acked, "crash item ");
        }
    }

    private static String slashCommand(FakeSlackApi api, int id, String text) {
        return "token=x&team_id=" + FakeSlackApi.TEAM + "&team_domain=northside&channel_id=C0CRASH&channel_name=crash"
                + "&user_id=U" + (id % 7) + "CRASH&user_name=u" + (id % 7) + "&command=%2Fpartner&text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&response_url="
                + URLEncoder.encode(api.responseUrl(Integer.toString(id)), StandardCharsets.UTF_8)
                + "&trigger_id=" + id + ".1700000000.crash";
    }

    private static HttpRequest signed(SlackSignature.Generator signer, String url, String body) {
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", ts).header("X-Slack-Signature", signer.generate(ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    // --- Teams --------------------------------------------------------------------------------------------------

    private void teams(String url, String user) throws Exception {
        Map<String, List<String>> answered = new ConcurrentHashMap<>();
        HttpServer connector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        connector.setExecutor(Executors.newFixedThreadPool(8));
        connector.createContext("/_connector", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            // .../conversations/<id>/activities/<the activity answered>
            answered.computeIfAbsent(path.substring(path.lastIndexOf('/') + 1), k -> new CopyOnWriteArrayList<>()).add(body);
            byte[] ok = "{\"id\":\"reply\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        connector.start();
        try {
            String serviceUrl = "http://127.0.0.1:" + connector.getAddress().getPort() + "/_connector";
            int port = freePort();
            Map<String, String> env = Map.of("PARTNERBOT_DB_URL", url, "PARTNERBOT_DB_USER", user,
                    "PARTNERBOT_PORT", Integer.toString(port), "PARTNERBOT_MANAGEMENT_PORT", "0");
            String endpoint = "http://127.0.0.1:" + port + "/api/messages";
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            IntFunction<HttpRequest> activity = id -> HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(groupChatMessage(
                            serviceUrl, id, id == 0 ? "setup Crash partnership" : "agenda add crash item " + id))).build();

            Process first = start(env, true);
            Set<Integer> acked;
            try {
                awaitListening(http, endpoint);
                assertThat(http.send(activity.apply(0), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(202);
                awaitTrue(() -> answered.containsKey("act-0"), Duration.ofSeconds(30), "the setup was answered");
                acked = burstThenKill(first, http, activity, response -> response.statusCode() == 202);
            } finally {
                first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            assertThat(acked.size()).isGreaterThanOrEqualTo(KILL_AFTER);

            Process second = start(env, true);
            try {
                awaitTrue(() -> acked.stream().allMatch(id -> answered.containsKey("act-" + id)), Duration.ofSeconds(180),
                        () -> "every acknowledged activity was answered (answered "
                                + acked.stream().filter(id -> answered.containsKey("act-" + id)).count() + " of " + acked.size() + ")");
            } finally {
                second.getOutputStream().close(); // end of input stops the console
                second.waitFor(40, TimeUnit.SECONDS);
                second.destroyForcibly();
            }
            for (int id : acked) {
                assertThat(answered.get("act-" + id).get(0)).as("the answer to activity " + id).contains("crash item " + id);
            }
            assertEffectsOnce(url, user, acked, "crash item ");
        } finally {
            connector.stop(0);
        }
    }

    /** A message in a group chat addressed to the bot with a mention, from one of seven people. */
    private static String groupChatMessage(String serviceUrl, int id, String text) {
        String who = "person" + (id % 7);
        return """
                {"type":"message","id":"act-%d","serviceUrl":"%s","channelId":"msteams","text":"<at>Partnerbot</at> %s",
                 "from":{"id":"29:%s","name":"%s","aadObjectId":"aad-%s"},"recipient":{"id":"28:bot","name":"Partnerbot"},
                 "conversation":{"isGroup":true,"conversationType":"groupChat","tenantId":"tenant-crash","id":"19:crash@thread.v2"},
                 "channelData":{"tenant":{"id":"tenant-crash"}},
                 "entities":[{"type":"mention","text":"<at>Partnerbot</at>","mentioned":{"id":"28:bot","name":"Partnerbot"}}]}
                """.formatted(id, serviceUrl, text, who, who, who);
    }

    // --- both ---------------------------------------------------------------------------------------------------

    /** Clients send as fast as they are answered; after {@link #KILL_AFTER} acknowledgements the process is killed. */
    private static Set<Integer> burstThenKill(Process process, HttpClient http, IntFunction<HttpRequest> request,
                                              java.util.function.Predicate<HttpResponse<String>> isAck) throws Exception {
        Set<Integer> acked = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger(1);
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            clients.submit(() -> {
                while (!killed.get()) {
                    int id = next.getAndIncrement();
                    try {
                        HttpResponse<String> r = http.send(request.apply(id), HttpResponse.BodyHandlers.ofString());
                        if (isAck.test(r) && !killed.get()) {
                            acked.add(id);
                        }
                    } catch (IOException e) {
                        return null; // the process is gone
                    }
                    if (acked.size() >= KILL_AFTER && killed.compareAndSet(false, true)) {
                        process.destroyForcibly(); // SIGKILL, while the others are still sending
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(120, TimeUnit.SECONDS)).as("the clients stopped").isTrue();
        process.waitFor(10, TimeUnit.SECONDS);
        return Set.copyOf(acked);
    }

    /** Each acknowledged item once; no item at all more than once (those in flight may be missing). */
    private static void assertEffectsOnce(String url, String user, Set<Integer> acked, String prefix) {
        List<String> texts = new ArrayList<>();
        try (CoreModule core = CoreModule.open(url, user, "", Clock.systemUTC())) {
            texts.addAll(core.transactions().inTransaction(() -> core.jdbc().list(
                    "SELECT text FROM agenda_items WHERE text LIKE ?", rs -> rs.getString(1), prefix + "%")));
        }
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        texts.forEach(t -> counts.merge(t, 1, Integer::sum));
        assertThat(counts.values()).as("no item twice").allMatch(n -> n == 1);
        for (int id : acked) {
            assertThat(counts).as("acknowledged item " + id).containsKey(prefix + id);
        }
    }

    private static Process start(Map<String, String> env, boolean console) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.partnerbot.config.Main"));
        if (console) {
            command.add("--console");
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("PARTNERBOT_") || k.startsWith("SLACK_")
                || k.startsWith("MICROSOFT_APP_"));
        pb.environment().putAll(env);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    private static void awaitListening(HttpClient http, String endpoint) throws Exception {
        awaitTrue(() -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create(endpoint)).GET().timeout(Duration.ofSeconds(1)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 405;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, Duration.ofSeconds(60), "the process listens");
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, Duration timeout, String what) throws Exception {
        awaitTrue(condition, timeout, () -> what);
    }

    /** Waits for a liveness bound only: a machine shared with other builds is slow, so the bound is generous. */
    private static void awaitTrue(java.util.function.BooleanSupplier condition, Duration timeout,
                                  java.util.function.Supplier<String> what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what.get());
            }
            Thread.sleep(100);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

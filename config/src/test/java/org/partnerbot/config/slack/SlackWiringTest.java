package org.partnerbot.config.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.app_backend.SlackSignature;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.config.Application;
import org.partnerbot.config.RoutingMessenger;
import org.partnerbot.config.Settings;
import org.partnerbot.config.SettingsException;
import org.partnerbot.config.SlackWiring;
import org.partnerbot.config.http.HttpListener;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.slack.SlackAdapter;

/** How the launcher starts Slack from settings: clear failures, the events endpoint, reminders routed to Slack. */
class SlackWiringTest {

    private HttpServer slackApi;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private volatile boolean tokenRefused;
    private CoreModule core;
    private HttpListener listener;
    private SlackAdapter adapter;

    @BeforeEach
    void fakeSlack() throws Exception {
        slackApi = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        slackApi.createContext("/api/", exchange -> {
            try (exchange) {
                String method = exchange.getRequestURI().getPath().substring(5);
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                calls.add(method + " " + java.net.URLDecoder.decode(body, StandardCharsets.UTF_8));
                int status = 200;
                String answer = "{\"ok\":true,\"user_id\":\"UBOT\",\"team_id\":\"T1\",\"ts\":\"1.1\"}";
                if (method.equals("conversations.open")) {
                    answer = "{\"ok\":true,\"channel\":{\"id\":\"D0DAN\"}}";
                } else if (method.equals("auth.test") && tokenRefused) {
                    answer = "{\"ok\":false,\"error\":\"invalid_auth\"}";
                } else if (method.equals("chat.postMessage") && rateLimited.getAndDecrement() > 0) {
                    status = 429;
                    exchange.getResponseHeaders().set("Retry-After", "1");
                    answer = "{\"ok\":false,\"error\":\"ratelimited\"}";
                }
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
        });
        slackApi.start();
        core = new CoreModule(TestDatabases.inMemory(), java.time.Clock.systemUTC());
        listener = new HttpListener("127.0.0.1", 0).start();
    }

    @AfterEach
    void stop() {
        if (adapter != null) {
            adapter.close();
        }
        listener.close();
        core.close();
        slackApi.stop(0);
    }

    private Settings settings(Map<String, String> slack) {
        Map<String, String> values = new HashMap<>(slack);
        values.put("SLACK_API_URL", "http://127.0.0.1:" + slackApi.getAddress().getPort() + "/api/");
        return new Settings(values);
    }

    @Test
    void theLauncherStartsSlackBesideTheOtherEndpointsAndRoutesRemindersToIt() throws Exception {
        Map<String, String> values = new HashMap<>(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "secret",
                "PARTNERBOT_PORT", "0", "PARTNERBOT_MANAGEMENT_PORT", "0", "PARTNERBOT_DB_URL", "jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        try (Application app = Application.start(settings(values), false, new java.io.PrintStream(new java.io.ByteArrayOutputStream()))) {
            String body = "{\"token\":\"x\",\"challenge\":\"launcher\",\"type\":\"url_verification\"}";
            String ts = String.valueOf(System.currentTimeMillis() / 1000);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + app.httpPort() + "/slack/events"))
                    .header("Content-Type", "application/json")
                    .header("X-Slack-Request-Timestamp", ts)
                    .header("X-Slack-Signature", new SlackSignature.Generator("secret").generate(ts, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.body()).contains("launcher");

            app.messenger().send(Destination.person("slack:T1", "UDAN", "dan"), Reply.toChannel("Your action is overdue"));
            assertThat(calls).anyMatch(c -> c.startsWith("conversations.open") && c.contains("UDAN"));
            assertThat(calls).anyMatch(c -> c.startsWith("chat.postMessage") && c.contains("channel=D0DAN")
                    && c.contains("Your action is overdue"));
        }
    }

    @Test
    void withoutSlackSettingsNothingStarts() {
        assertThat(SlackWiring.attach(new Settings(Map.of()), core, new RoutingMessenger(), listener)).isNull();
        assertThat(calls).isEmpty();
    }

    @Test
    void aSigningSecretWithoutABotTokenNamesTheMissingVariable() {
        assertThatThrownBy(() -> SlackWiring.attach(settings(Map.of("SLACK_SIGNING_SECRET", "s")), core, new RoutingMessenger(), listener))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("SLACK_BOT_TOKEN is required when SLACK_SIGNING_SECRET");
        assertThatThrownBy(() -> SlackWiring.attach(settings(Map.of("SLACK_BOT_TOKEN", "xoxb-1")), core, new RoutingMessenger(), listener))
                .isInstanceOf(SettingsException.class).hasMessageContaining("SLACK_APP_TOKEN").hasMessageContaining("SLACK_SIGNING_SECRET");
    }

    @Test
    void aTokenSlackRefusesStopsTheLauncherAfterTheDatabaseOpenedAndLetsItGo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // Slack's token is checked while the database opens: the launcher still stops with the same line, and leaves
        // the database file free for the next start (H2 locks a file while it is open).
        Map<String, String> values = new HashMap<>(Map.of("SLACK_BOT_TOKEN", "xoxb-wrong-123", "SLACK_SIGNING_SECRET", "secret",
                "PARTNERBOT_PORT", "0", "PARTNERBOT_MANAGEMENT_PORT", "0", "PARTNERBOT_DB_URL", TestDatabases.fileUrl(dir)));
        java.io.PrintStream quiet = new java.io.PrintStream(new java.io.ByteArrayOutputStream());
        tokenRefused = true;
        assertThatThrownBy(() -> Application.start(settings(values), false, quiet).close())
                .isInstanceOf(SettingsException.class).hasMessageContaining("SLACK_BOT_TOKEN was refused")
                .hasMessageNotContaining("xoxb-wrong-123");

        tokenRefused = false;
        values.put("SLACK_BOT_TOKEN", "xoxb-1");
        try (Application app = Application.start(settings(values), false, quiet)) {
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.managementPort() + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(calls).anyMatch(c -> c.startsWith("auth.test"));
        }
    }

    @Test
    void aTokenSlackRefusesStopsStartUpWithoutPrintingIt() {
        tokenRefused = true;
        assertThatThrownBy(() -> SlackWiring.attach(settings(Map.of("SLACK_BOT_TOKEN", "xoxb-wrong-123", "SLACK_SIGNING_SECRET", "s")),
                core, new RoutingMessenger(), listener))
                .isInstanceOf(SettingsException.class).hasMessageContaining("SLACK_BOT_TOKEN was refused")
                .hasMessageNotContaining("xoxb-wrong-123");
    }

    @Test
    void withAClientIdAndSecretTheInstallLinkIsServedOnThePublicListenerAndNoBotTokenIsNeeded() throws Exception {
        adapter = SlackWiring.attach(settings(Map.of("SLACK_CLIENT_ID", "1111.2222", "SLACK_CLIENT_SECRET", "cs",
                "SLACK_SIGNING_SECRET", "secret", "PARTNERBOT_PUBLIC_URL", "https://bot.example.org")), core,
                new RoutingMessenger(), listener);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + listener.port() + "/slack/install")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).contains("client_id=1111.2222")
                .contains("redirect_uri=https%3A%2F%2Fbot.example.org%2Fslack%2Foauth_redirect");
        assertThat(calls).as("nothing asked of Slack until someone installs").noneMatch(c -> c.startsWith("auth.test"));
    }

    @Test
    void installSettingsThatContradictOrLackAPartNameTheVariable() {
        assertThatThrownBy(() -> SlackWiring.attach(settings(Map.of("SLACK_CLIENT_ID", "1111.2222", "SLACK_SIGNING_SECRET", "s")),
                core, new RoutingMessenger(), listener)).isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("SLACK_CLIENT_SECRET is required with SLACK_CLIENT_ID");
        assertThatThrownBy(() -> SlackWiring.attach(settings(Map.of("SLACK_CLIENT_ID", "1", "SLACK_CLIENT_SECRET", "cs",
                "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s")), core, new RoutingMessenger(), listener))
                .isInstanceOf(SettingsException.class).hasMessageContaining("both set");
        assertThatThrownBy(() -> SlackWiring.attach(settings(Map.of("SLACK_CLIENT_ID", "1", "SLACK_CLIENT_SECRET", "cs")), core,
                new RoutingMessenger(), listener)).isInstanceOf(SettingsException.class).hasMessageContaining("SLACK_SIGNING_SECRET");
    }

    @Test
    void httpModeServesTheEventsEndpointOnTheSharedListener() throws Exception {
        adapter = SlackWiring.attach(settings(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "secret")),
                core, new RoutingMessenger(), listener);
        String body = "{\"token\":\"x\",\"challenge\":\"abc123\",\"type\":\"url_verification\"}";
        String ts = String.valueOf(System.currentTimeMillis() / 1000);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + listener.port() + "/slack/events"))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", ts)
                .header("X-Slack-Signature", new SlackSignature.Generator("secret").generate(ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("abc123");
    }

    @Test
    void remindersForSlackWorkspacesGoThroughTheRoutingMessengerAndSurviveA429() {
        RoutingMessenger messenger = new RoutingMessenger();
        adapter = SlackWiring.attach(settings(Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "secret")),
                core, messenger, listener);
        rateLimited.set(1);

        messenger.send(Destination.conversation("slack:T1", "C0PARTNER", "Northside"), Reply.toChannel("Agenda call for Tuesday"));

        List<String> posts = calls.stream().filter(c -> c.startsWith("chat.postMessage")).toList();
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1)).contains("channel=C0PARTNER").contains("Agenda call for Tuesday");
    }
}

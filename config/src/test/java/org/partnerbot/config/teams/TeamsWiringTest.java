package org.partnerbot.config.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.config.Application;
import org.partnerbot.config.Settings;
import org.partnerbot.config.SettingsException;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.reply.Reply;

/** How the launcher exposes Teams: anonymous only on loopback, and always next to the console for the Playground. */
class TeamsWiringTest {

    private HttpServer connector;
    private final List<String> posted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void fakeConnector() throws Exception {
        connector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        connector.createContext("/_connector", exchange -> {
            try (exchange) {
                posted.add(exchange.getRequestURI().getPath());
                exchange.getRequestBody().readAllBytes();
                byte[] body = "{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        connector.start();
    }

    @AfterEach
    void stop() {
        connector.stop(0);
    }

    private static Settings settings(Map<String, String> extra) {
        java.util.HashMap<String, String> values = new java.util.HashMap<>(Map.of(
                "PARTNERBOT_DB_URL", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "PARTNERBOT_PORT", "0", "PARTNERBOT_MANAGEMENT_PORT", "0"));
        values.putAll(extra);
        return new Settings(values);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    @Test
    void anAnonymousEndpointOnANonLoopbackAddressIsRefusedAtStartUp() {
        Settings exposed = settings(Map.of("PARTNERBOT_HOST", "0.0.0.0"));

        // Console mode serves the Teams endpoint for the Playground; with no app id that is for loopback only.
        assertThatThrownBy(() -> Application.start(exposed, true, quiet()).close())
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("MICROSOFT_APP_ID is not set")
                .hasMessageContaining("PARTNERBOT_HOST");
    }

    @Test
    void withAnAppIdTheEndpointMayListenOnEveryInterface() {
        Settings registered = settings(Map.of("PARTNERBOT_HOST", "0.0.0.0",
                "MICROSOFT_APP_ID", "11111111-2222-3333-4444-555555555555", "MICROSOFT_APP_PASSWORD", "secret"));

        try (Application app = Application.start(registered, false, quiet())) {
            assertThat(app.httpPort()).isPositive();
        }
    }

    @Test
    void anAppIdWithoutItsPasswordIsRefusedNamingTheVariable() {
        Settings half = settings(Map.of("MICROSOFT_APP_ID", "11111111-2222-3333-4444-555555555555"));

        assertThatThrownBy(() -> Application.start(half, false, quiet()).close())
                .isInstanceOf(SettingsException.class).hasMessageContaining("MICROSOFT_APP_PASSWORD")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void consoleModeServesTheAnonymousTeamsEndpointOnLoopbackForThePlayground() throws Exception {
        try (Application app = Application.start(settings(Map.of()), true, quiet())) {
            String serviceUrl = "http://127.0.0.1:" + connector.getAddress().getPort() + "/_connector";
            String activity = """
                    {"type":"message","id":"m-1","text":"help","serviceUrl":"%s","channelId":"msteams",
                     "from":{"id":"user-id-0","name":"Alex Wilber","aadObjectId":"aad-alex"},
                     "recipient":{"id":"bot-id","name":"Partnerbot"},
                     "conversation":{"conversationType":"personal","tenantId":"tenant-1","id":"personal-1"},
                     "channelData":{"tenant":{"id":"tenant-1"}}}
                    """.formatted(serviceUrl);
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + app.httpPort() + "/api/messages"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(activity)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isIn(200, 202);
            assertThat(app.core().inbox().awaitIdle(java.time.Duration.ofSeconds(20))).as("the turn ran").isTrue();
            assertThat(posted).containsExactly("/_connector/v3/conversations/personal-1/activities/m-1");

            // Unprompted messages for teams: workspaces go through the Teams adapter.
            app.messenger().send(Destination.person("teams:tenant-1", "aad-alex", "Alex"), Reply.toChannel("Reminder"));
            assertThat(posted).hasSize(2);
            assertThat(posted.get(1)).startsWith("/_connector/v3/conversations/personal-1/activities");
        }
    }
}

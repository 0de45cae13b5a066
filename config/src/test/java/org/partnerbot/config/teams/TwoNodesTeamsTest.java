package org.partnerbot.config.teams;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.partnerbot.config.Application;
import org.partnerbot.config.Settings;
import org.partnerbot.core.testing.TestPostgres;

/** Teams resends an activity, and a load balancer may hand the copy to the other node: one effect in all. */
class TwoNodesTeamsTest {

    private final List<String> posted = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theSameActivityDeliveredToBothNodesHasOneEffect() throws Exception {
        HttpServer connector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        connector.createContext("/_connector", exchange -> {
            try (exchange) {
                posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] body = "{\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        connector.start();
        String serviceUrl = "http://127.0.0.1:" + connector.getAddress().getPort() + "/_connector";
        Settings settings = new Settings(Map.of("PARTNERBOT_DB_URL", TestPostgres.freshDatabaseUrl(),
                "PARTNERBOT_DB_USER", "postgres", "PARTNERBOT_PORT", "0", "PARTNERBOT_MANAGEMENT_PORT", "0"));
        try (Application nodeA = Application.start(settings, true, quiet());
             Application nodeB = Application.start(settings, true, quiet())) {
            assertThat(post(nodeA, activity("s-1", "setup Northside", serviceUrl))).isIn(200, 202);
            assertThat(posted).hasSize(1);
            for (int i = 1; i <= 5; i++) {
                String twin = activity("m-" + i, "agenda add shared item " + i, serviceUrl);
                CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> post(nodeA, twin));
                CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> post(nodeB, twin));
                assertThat(List.of(a.get(), b.get())).allMatch(status -> status == 200 || status == 202);
            }
            assertThat(posted).hasSize(6);
            post(nodeB, activity("q-1", "agenda", serviceUrl));
            String agenda = posted.get(posted.size() - 1);
            assertThat(agenda).contains("(5)");
            for (int i = 1; i <= 5; i++) {
                assertThat(agenda.split("shared item " + i + "\\b", -1)).hasSize(2);
            }
        } finally {
            connector.stop(0);
        }
    }

    /** Posts, then waits until the inbox (shared by both nodes) has done the work behind the 202. */
    private int post(Application node, String activity) {
        try {
            int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.httpPort() + "/api/messages"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(activity)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            assertThat(node.core().inbox().awaitIdle(java.time.Duration.ofSeconds(20))).as("the turn ran").isTrue();
            return status;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String activity(String id, String text, String serviceUrl) {
        return """
                {"type":"message","id":"%s","text":"%s","serviceUrl":"%s","channelId":"msteams",
                 "from":{"id":"user-id-0","name":"Alex Wilber","aadObjectId":"aad-alex"},
                 "recipient":{"id":"bot-id","name":"Partnerbot"},
                 "conversation":{"conversationType":"personal","tenantId":"tenant-1","id":"personal-1"},
                 "channelData":{"tenant":{"id":"tenant-1"}}}
                """.formatted(id, text, serviceUrl);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}

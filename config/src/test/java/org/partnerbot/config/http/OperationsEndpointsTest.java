package org.partnerbot.config.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.config.Application;
import org.partnerbot.config.Settings;
import org.partnerbot.core.testing.TestDatabases;

/** Health and metrics over real HTTP on loopback. */
class OperationsEndpointsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthAndMetricsAnswerOverHttp(@TempDir Path dir) throws Exception {
        Settings settings = new Settings(Map.of("PARTNERBOT_DB_URL", TestDatabases.fileUrl(dir), "PARTNERBOT_PORT", "0", "PARTNERBOT_MANAGEMENT_PORT", "0"));
        try (Application app = Application.start(settings, true, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            String base = "http://127.0.0.1:" + app.managementPort();
            HttpResponse<String> health = get(base + "/healthz");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"database\":\"UP\"").contains("\"scheduler\":\"UP\"");

            app.console().say("sam: setup Northside");
            app.console().say("dan: agenda add Referral backlog");
            app.console().say("dan: agenda frobnicate");
            HttpResponse<String> metrics = get(base + "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
            assertThat(metrics.body())
                    .contains("partnerbot_commands_total{outcome=\"ok\",verb=\"agenda add\"} 1.0")
                    .contains("partnerbot_commands_total{outcome=\"refused\",verb=\"agenda\"} 1.0")
                    .doesNotContain("Referral backlog");

            app.scheduling().close();
            HttpResponse<String> noScheduler = get(base + "/healthz");
            assertThat(noScheduler.statusCode()).isEqualTo(503);
            assertThat(noScheduler.body()).contains("\"scheduler\":\"DOWN\"").contains("\"database\":\"UP\"");

            app.core().database().close();
            HttpResponse<String> noDatabase = get(base + "/healthz");
            assertThat(noDatabase.statusCode()).isEqualTo(503);
            assertThat(noDatabase.body()).contains("\"database\":\"DOWN\"");
        }
    }

    @Test
    void thePublicListenerServesNeitherHealthNorMetricsAndTheManagementOneIsOnLoopback(@TempDir Path dir) throws Exception {
        Settings settings = new Settings(Map.of("PARTNERBOT_DB_URL", TestDatabases.fileUrl(dir), "PARTNERBOT_PORT", "0",
                "PARTNERBOT_MANAGEMENT_PORT", "0"));
        try (Application app = Application.start(settings, true, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            String publicBase = "http://127.0.0.1:" + app.httpPort();
            assertThat(get(publicBase + "/healthz").statusCode()).isEqualTo(404);
            HttpResponse<String> metrics = get(publicBase + "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(404);
            assertThat(metrics.body()).doesNotContain("partnerbot_").doesNotContain("jvm_");
            assertThat(get("http://127.0.0.1:" + app.managementPort() + "/healthz").statusCode()).isEqualTo(200);
            assertThat(app.managementPort()).isNotEqualTo(app.httpPort());
            // Bound to loopback by default: no other address of this machine reaches it.
            for (java.net.NetworkInterface nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                for (java.net.InetAddress address : java.util.Collections.list(nic.getInetAddresses())) {
                    if (!address.isLoopbackAddress() && address instanceof java.net.Inet4Address) {
                        try (java.net.Socket s = new java.net.Socket()) {
                            assertThatThrownBy(() -> s.connect(new java.net.InetSocketAddress(address, app.managementPort()), 1000))
                                    .isInstanceOf(java.io.IOException.class);
                        }
                    }
                }
            }
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}

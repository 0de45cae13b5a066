package org.partnerbot.config.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.testing.TestDatabases;

/**
 * A real process started as a platform that chooses ports starts it: {@code PORT} set, {@code PARTNERBOT_PORT} not.
 * The console's listener must answer on that port (it used to fall back to 3978).
 */
class ConsolePortTest {

    @Test
    void theConsoleListensOnPortWhenPartnerbotPortIsAbsent(@TempDir Path dir) throws Exception {
        int port;
        int management;
        try (ServerSocket s = new ServerSocket(0); ServerSocket m = new ServerSocket(0)) {
            port = s.getLocalPort();
            management = m.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.partnerbot.config.Main", "--console");
        pb.environment().keySet().removeIf(k -> k.startsWith("PARTNERBOT_") || k.startsWith("SLACK_")
                || k.startsWith("MICROSOFT_APP_"));
        pb.environment().put("PORT", Integer.toString(port));
        pb.environment().put("PARTNERBOT_MANAGEMENT_PORT", Integer.toString(management));
        pb.environment().put("PARTNERBOT_DB_URL", TestDatabases.fileUrl(dir));
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process console = pb.start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            int status = -1;
            for (int i = 0; i < 300 && status != 200; i++) {
                try {
                    status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management + "/healthz"))
                            .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException notYet) {
                    Thread.sleep(100);
                }
            }
            assertThat(status).as("GET /healthz on the management port").isEqualTo(200);
            // The public listener is on PORT: its calendar feed answers there (an unknown calendar is a 404 of ours).
            HttpResponse<String> calendar = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/calendar/unknown.ics")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(calendar.statusCode()).as("GET /calendar/… on PORT %d", port).isEqualTo(404);
            assertThat(calendar.body()).contains("No such calendar");
            try (OutputStream stdin = console.getOutputStream()) {
                stdin.write("sam: help\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(console.waitFor(40, TimeUnit.SECONDS)).as("end of input stops the console").isTrue();
            assertThat(console.exitValue()).isZero();
        } finally {
            console.destroyForcibly();
        }
    }
}

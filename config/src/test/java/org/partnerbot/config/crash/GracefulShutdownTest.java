package org.partnerbot.config.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.testing.TestDatabases;

/**
 * SIGTERM stops a serving node cleanly: intake closes, the scheduler and pool shut down, the exit code is 0, and
 * nothing is logged as an error.
 */
class GracefulShutdownTest {

    @Test
    void sigtermStopsTheServerCleanly(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve("stderr.log");
        Process server = start(dir, port, log);
        try {
            HttpClient http = HttpClient.newHttpClient();
            boolean up = false;
            for (int i = 0; i < 300 && !up; i++) {
                try {
                    up = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                            .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException notYet) {
                    Thread.sleep(100);
                }
            }
            assertThat(up).as("the server came up").isTrue();
            stopsCleanly(server, log);
        } finally {
            server.destroyForcibly();
        }
    }

    /**
     * A SIGTERM while the server is still starting (its scheduler being set up: {@code /healthz} can already answer
     * then) stops it as cleanly, once started: the signal was heard from before start-up began.
     */
    @Test
    void sigtermDuringStartUpStopsTheServerCleanlyToo(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve("stderr.log");
        Process server = start(dir, port, log);
        try {
            for (int i = 0; i < 600 && !(Files.exists(log) && Files.readString(log).contains("Teams endpoint at")); i++) {
                Thread.sleep(50);
            }
            assertThat(Files.readString(log)).as("start-up under way").contains("Teams endpoint at");
            stopsCleanly(server, log);
        } finally {
            server.destroyForcibly();
        }
    }

    private static Process start(Path dir, int managementPort, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // The production logging configuration, not the tests' quieter one.
                "-Dlogback.configurationFile=logback.xml",
                "-cp", System.getProperty("java.class.path"), "org.partnerbot.config.Main");
        pb.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("MICROSOFT_APP_"));
        // A registered Teams bot makes this a server (not console) run; nothing is sent to Microsoft here.
        pb.environment().put("MICROSOFT_APP_ID", "11111111-2222-3333-4444-555555555555");
        pb.environment().put("MICROSOFT_APP_PASSWORD", "not-a-real-secret");
        pb.environment().put("PARTNERBOT_DB_URL", TestDatabases.fileUrl(dir));
        pb.environment().put("PARTNERBOT_PORT", "0");
        pb.environment().put("PARTNERBOT_MANAGEMENT_PORT", Integer.toString(managementPort)); // /healthz lives there
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(log.toFile());
        return pb.start();
    }

    private static void stopsCleanly(Process server, Path log) throws Exception {
        server.destroy(); // SIGTERM
        assertThat(server.waitFor(40, TimeUnit.SECONDS)).as("the process ended").isTrue();
        assertThat(server.exitValue()).isIn(0, 143);
        String stderr = Files.readString(log);
        assertThat(stderr).contains("shutdown requested: stopping intake").contains("o.p.config.Application stopped");
        assertThat(stderr.indexOf("shutdown requested")).isLessThan(stderr.indexOf("Application stopped"));
        // A normal stop is quiet: no ERROR line and no stack trace (H2 closing the database from its own JVM
        // hook under a scheduler still releasing triggers used to log Quartz's "Received interrupted exception").
        assertThat(stderr.lines().filter(l -> l.contains(" ERROR ") || l.startsWith("\t") && l.strip().startsWith("at ")))
                .as("stderr of a normal SIGTERM stop:%n%s", stderr).isEmpty();
    }
}

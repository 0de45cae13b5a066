package org.partnerbot.config.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.slack.fakes.FakeSlackApi;

/**
 * Thirty-two clients dribble bytes at a real Partnerbot process, half of them stuck in their headers and half in a
 * 100 kB body, reconnecting whenever they are cut off. Meanwhile signed slash commands are acknowledged as Slack wants
 * (within 3 s), and {@code /healthz} answers: slow clients hold connections, never the threads that do the work.
 */
class SlowClientsTest {

    private static final String SECRET = "slow-signing-secret";
    private static final int DRIBBLERS = 32;

    @Test
    void dribblingClientsDoNotStopAcksOrHealth(@TempDir Path dir) throws Exception {
        try (FakeSlackApi api = new FakeSlackApi()) {
            int port = freePort();
            int management = freePort();
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.partnerbot.config.Main");
            pb.environment().keySet().removeIf(k -> k.startsWith("PARTNERBOT_") || k.startsWith("SLACK_") || k.startsWith("MICROSOFT_APP_"));
            pb.environment().put("PARTNERBOT_DB_URL", TestDatabases.fileUrl(dir));
            pb.environment().put("PARTNERBOT_PORT", Integer.toString(port));
            pb.environment().put("PARTNERBOT_MANAGEMENT_PORT", Integer.toString(management));
            pb.environment().put("SLACK_BOT_TOKEN", "xoxb-slow");
            pb.environment().put("SLACK_SIGNING_SECRET", SECRET);
            pb.environment().put("SLACK_API_URL", api.apiUrl());
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            Process server = pb.start();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService dribblers = Executors.newFixedThreadPool(DRIBBLERS);
            try {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
                String health = "http://127.0.0.1:" + management + "/healthz";
                for (int i = 0; i < 600 && status(http, health) != 200; i++) {
                    Thread.sleep(100);
                }
                assertThat(status(http, health)).as("the server came up").isEqualTo(200);

                AtomicInteger connections = new AtomicInteger();
                for (int i = 0; i < DRIBBLERS; i++) {
                    boolean inHeaders = i % 2 == 0;
                    dribblers.submit(() -> dribble(port, inHeaders, stop, connections));
                }
                Thread.sleep(1500); // every dribbler is connected and stuck

                String endpoint = "http://127.0.0.1:" + port + "/slack/events";
                List<Integer> acks = new ArrayList<>();
                List<Integer> healths = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    acks.add(send(http, endpoint, api, i == 0 ? "setup Slow partnership" : "agenda add item " + i, i));
                    healths.add(status(http, health));
                    Thread.sleep(400);
                }
                assertThat(connections.get()).as("the dribblers really were connected").isGreaterThanOrEqualTo(DRIBBLERS);
                assertThat(acks).as("every command acknowledged within 3 s").allMatch(s -> s == 200);
                assertThat(healths).as("/healthz answered every time").allMatch(s -> s == 200);
            } finally {
                stop.set(true);
                dribblers.shutdownNow();
                dribblers.awaitTermination(10, TimeUnit.SECONDS);
                server.destroy();
                server.waitFor(40, TimeUnit.SECONDS);
                server.destroyForcibly();
            }
        }
    }

    /** One byte every half second, for ever: in the headers, or in a body announced as 100 kB. Reconnects when cut. */
    private static Void dribble(int port, boolean inHeaders, AtomicBoolean stop, AtomicInteger connections) {
        while (!stop.get()) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                connections.incrementAndGet();
                OutputStream out = socket.getOutputStream();
                String head = "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";
                if (inHeaders) {
                    out.write("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
                    while (!stop.get()) {
                        out.write('X');
                        out.flush();
                        Thread.sleep(500);
                    }
                } else {
                    out.write((head + "Content-Length: 100000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
                    while (!stop.get()) {
                        out.write(' ');
                        out.flush();
                        Thread.sleep(500);
                    }
                }
            } catch (IOException cutOff) {
                // the server closed it (a body too slow, an idle connection): come back, as an attacker would
            } catch (InterruptedException e) {
                return null;
            }
        }
        return null;
    }

    private static int send(HttpClient http, String endpoint, FakeSlackApi api, String text, int id) {
        String body = "token=x&team_id=" + FakeSlackApi.TEAM + "&channel_id=C0SLOW&user_id=USAM&user_name=sam&command=%2Fpartner"
                + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&response_url="
                + URLEncoder.encode(api.responseUrl("slow-" + id), StandardCharsets.UTF_8) + "&trigger_id=slow." + id;
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        try {
            return http.send(HttpRequest.newBuilder(URI.create(endpoint)).timeout(Duration.ofSeconds(3))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Slack-Request-Timestamp", ts)
                    .header("X-Slack-Signature", new SlackSignature.Generator(SECRET).generate(ts, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1; // includes the 3 s timeout
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int status(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}

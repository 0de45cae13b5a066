package org.partnerbot.config.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.testing.TestPostgres;

/**
 * Commands stream into a real Partnerbot process, which is killed with SIGKILL at a random point:
 * after a restart, every command that got a reply is there (a reply means the change is on disk).
 */
class CrashSafetyTest {

    @Test
    void everyAnsweredCommandSurvivesKillNineOnH2(@TempDir Path dir) throws Exception {
        survivesKill(TestDatabases.fileUrl(dir), "sa", new Random(1127L).nextInt(40) + 20);
    }

    @Test
    void everyAnsweredCommandSurvivesKillNineOnPostgres() throws Exception {
        survivesKill(TestPostgres.freshDatabaseUrl(), "postgres", new Random(2026L).nextInt(40) + 20);
    }

    private static void survivesKill(String url, String user, int killAfter) throws Exception {
        List<Integer> answered = new ArrayList<>();
        Process first = start(url, user);
        try (Writer in = new OutputStreamWriter(first.getOutputStream(), StandardCharsets.UTF_8);
             BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            send(in, "sam: setup Crash test partnership");
            awaitLine(out, "is set up");
            for (int i = 1; i <= killAfter; i++) {
                send(in, "dan: agenda add item " + i);
                String reply = awaitLine(out, "Agenda item");
                assertThat(reply).endsWith(": item " + i);
                answered.add(i);
            }
            // One more command in flight when the process dies: it may or may not have landed, but never half.
            send(in, "dan: agenda add in flight");
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Process second = start(url, user);
        try (Writer in = new OutputStreamWriter(second.getOutputStream(), StandardCharsets.UTF_8);
             BufferedReader out = new BufferedReader(new InputStreamReader(second.getInputStream(), StandardCharsets.UTF_8))) {
            send(in, "dan: agenda");
            in.close();
            List<String> lines = out.lines().toList();
            String agenda = String.join("\n", lines);
            for (int i : answered) {
                assertThat(agenda).contains(i + ". item " + i + " — dan");
            }
            assertThat(lines.stream().filter(l -> l.contains("• ")).count()).isBetween((long) answered.size(), answered.size() + 1L);
        } finally {
            second.waitFor(30, TimeUnit.SECONDS);
            second.destroyForcibly();
        }
    }

    private static Process start(String url, String user) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.partnerbot.config.Main", "--console");
        pb.environment().put("PARTNERBOT_DB_URL", url);
        pb.environment().put("PARTNERBOT_DB_USER", user);
        pb.environment().put("PARTNERBOT_PORT", "0");
        pb.environment().put("PARTNERBOT_MANAGEMENT_PORT", "0");
        pb.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("MICROSOFT_APP_"));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    private static void send(Writer in, String line) throws IOException {
        in.write(line + "\n");
        in.flush();
    }

    private static String awaitLine(BufferedReader out, String containing) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.contains(containing)) {
                return line;
            }
        }
        throw new AssertionError("the process ended before answering `" + containing + "`");
    }
}

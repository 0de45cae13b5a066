package org.partnerbot.config.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.config.console.ConsoleMode;
import org.partnerbot.core.jdbc.Database;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.schedule.MeetingSeries;
import org.partnerbot.core.scheduling.quartz.StoredTimers;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.testing.TestPostgres;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.core.wiring.SchedulingModule;

/**
 * Reminders across a SIGKILL: a real Partnerbot process starts with 150 agenda calls that fell due while it was
 * down (still useful: the meetings are tomorrow), prints them to its console as it sends them, and is killed with
 * SIGKILL part-way through. A second process on the same database sends the rest. Every agenda call is recorded
 * once in the outbox (its unique occurrence key), sent, and printed; none is printed twice, except the one whose
 * send was under way at the kill, if the kill fell between printing it and recording it as sent: nobody can tell
 * whether that line got out, so it goes again (at least once, never lost) — and only that one.
 */
class ReminderCrashSafetyTest {

    private static final int PARTNERSHIPS = 150;
    private static final Pattern AGENDA_CALL = Pattern.compile("^bot> .*Agenda call: (Crash-\\d{4})\\b.*");
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String RELEASED = "lease of a stopped node released";
    /** What the restarted process logs when it takes over a send the dead one had under way. */
    private static final String TAKEN_OVER = "were being sent by a node that stopped";

    @Test
    void noReminderLostOrDoubledAcrossKillNineOnH2(@TempDir Path dir) throws Exception {
        survivesKill(TestDatabases.fileUrl(dir), "sa", new Random(1127L).nextInt(PARTNERSHIPS - 40) + 20);
    }

    @Test
    void noReminderLostOrDoubledAcrossKillNineOnPostgres() throws Exception {
        survivesKill(TestPostgres.freshDatabaseUrl(), "postgres", new Random(2026L).nextInt(PARTNERSHIPS - 40) + 20);
    }

    private static void survivesKill(String url, String user, int killAfter) throws Exception {
        seed(url, user);
        List<String> printed = new CopyOnWriteArrayList<>();

        Path log = Files.createTempFile("reminder-crash", ".log");
        Process first = start(url, user, log);
        Thread firstReader = read(first, printed);
        awaitAgendaCalls(printed, killAfter, first);
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        firstReader.join(10_000);
        int beforeKill = agendaCalls(printed).values().stream().mapToInt(Integer::intValue).sum();
        // What the dead process was in the middle of sending (it may or may not have printed it).
        Set<String> inFlight = Outbox.read(url, user).leased();

        Process second = start(url, user, log);
        Thread secondReader = read(second, printed);
        try {
            Instant deadline = Instant.now().plus(PATIENCE);
            // Done when every agenda call is out and, if a send was cut short, the restarted process has taken it
            // over from the dead one (once Quartz drops the dead node: a check-in interval or two).
            while (agendaCalls(printed).size() < PARTNERSHIPS
                    || !inFlight.isEmpty() && !Files.readString(log).contains(TAKEN_OVER)) {
                assertThat(Instant.now()).as("%d of %d agenda calls printed; in flight at the kill: %s",
                        agendaCalls(printed).size(), PARTNERSHIPS, inFlight).isBefore(deadline);
                assertThat(second.isAlive()).as("the restarted process is running").isTrue();
                Thread.sleep(100);
            }
            Thread.sleep(1_500); // a second copy would show up here
        } finally {
            second.getOutputStream().close(); // end of input: the console stops cleanly
            if (!second.waitFor(30, TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
            secondReader.join(10_000);
        }

        Map<String, Integer> perPartnership = agendaCalls(printed);
        Outbox outbox = Outbox.read(url, user);
        System.out.printf("%s: killed after %d agenda calls printed, %d in flight; after the restart every one of %d printed,"
                        + " %d twice; outbox %s, %d re-sent after the kill%n", url.startsWith("jdbc:h2") ? "H2" : "PostgreSQL",
                beforeKill, inFlight.size(), perPartnership.size(), perPartnership.values().stream().filter(n -> n > 1).count(),
                outbox.byStatus(), outbox.released().size());
        Files.deleteIfExists(log);

        assertThat(perPartnership).as("every agenda call printed").hasSize(PARTNERSHIPS);
        assertThat(outbox.occurrences()).as("one outbox occurrence per partnership").isEqualTo(PARTNERSHIPS);
        assertThat(outbox.byStatus()).as("every message sent, none waiting").isEqualTo(Map.of("SENT", PARTNERSHIPS));
        assertThat(inFlight).as("one sender per process: at most one send under way").hasSizeLessThanOrEqualTo(1);
        assertThat(outbox.released()).as("only the send under way at the kill went again").isEqualTo(inFlight);
        Set<String> twice = perPartnership.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(outbox.released()).as("printed twice only if its send was under way at the kill").containsAll(twice);
        assertThat(perPartnership.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
    }

    /**
     * Partnerships on the console, each meeting tomorrow with its agenda call (24 h before) an hour ago, and the
     * Quartz triggers stored as a bot running two hours ago left them: every agenda call is a missed firing.
     */
    private static void seed(String url, String user) {
        try (CoreModule core = new CoreModule(Database.open(url, user, ""), Clock.systemUTC())) {
            SchedulingModule scheduling = SchedulingModule.install(core, (Messenger) (d, r) -> {
            });
            ZonedDateTime meeting = ZonedDateTime.now(ZoneOffset.UTC).minusHours(1).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
            List<MeetingSeries> series = core.transactions().inTransaction(() -> {
                List<MeetingSeries> out = new ArrayList<>();
                for (int i = 0; i < PARTNERSHIPS; i++) {
                    String conversation = "C-" + i;
                    Partnership p = core.partnerships().create(ConsoleMode.WORKSPACE, conversation,
                            ConsoleMode.WORKSPACE + ":" + conversation, String.format("Crash-%04d", i));
                    core.partnerships().updateZone(p.id(), ZoneOffset.UTC);
                    MeetingSeries s = MeetingSeries.weekly(p.id(), meeting.getDayOfWeek(), meeting.toLocalTime(), ZoneOffset.UTC, 60);
                    scheduling.series().save(s);
                    out.add(s);
                }
                return out;
            });
            StoredTimers.storeAsOf(core.database(), series, Instant.now().minus(Duration.ofHours(2)));
        }
    }

    /** As {@link CrashSafetyTest} starts it: the runnable's main class on the test class path, console mode. */
    private static Process start(String url, String user, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.partnerbot.config.Main", "--console");
        pb.environment().put("PARTNERBOT_DB_URL", url);
        pb.environment().put("PARTNERBOT_DB_USER", user);
        pb.environment().put("PARTNERBOT_PORT", "0");
        pb.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("MICROSOFT_APP_"));
        pb.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return pb.start();
    }

    private static Thread read(Process process, List<String> printed) {
        Thread t = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    printed.add(line);
                }
            } catch (IOException e) {
                // the process was killed
            }
        }, "console-reader");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void awaitAgendaCalls(List<String> printed, int atLeast, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (agendaCalls(printed).values().stream().mapToInt(Integer::intValue).sum() < atLeast) {
            assertThat(Instant.now()).as("agenda calls printed before the kill").isBefore(deadline);
            assertThat(process.isAlive()).as("the first process is running").isTrue();
            Thread.sleep(5);
        }
    }

    /** How often each partnership's agenda call was printed. */
    private static Map<String, Integer> agendaCalls(List<String> printed) {
        Map<String, Integer> out = new TreeMap<>();
        for (String line : printed) {
            Matcher m = AGENDA_CALL.matcher(line);
            if (m.matches()) {
                out.merge(m.group(1), 1, Integer::sum);
            }
        }
        return out;
    }

    /** What the database says once both processes are gone. */
    private record Outbox(int occurrences, Map<String, Integer> byStatus, Set<String> released, Set<String> leased) {

        static Outbox read(String url, String user) {
            try (CoreModule core = new CoreModule(Database.open(url, user, ""), Clock.systemUTC())) {
                var jdbc = core.repositories().jdbc();
                return core.transactions().inTransaction(() -> new Outbox(
                        jdbc.one("SELECT COUNT(*) FROM reminder_occurrences WHERE kind = 'AGENDA_CALL'", rs -> rs.getInt(1)).orElseThrow(),
                        jdbc.list("SELECT status, COUNT(*) FROM reminder_outbox GROUP BY status",
                                rs -> Map.entry(rs.getString(1), rs.getInt(2))).stream()
                                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                        Set.copyOf(jdbc.list("SELECT p.name FROM reminder_outbox o JOIN reminder_occurrences r ON r.id = o.occurrence_id"
                                + " JOIN partnerships p ON p.id = r.partnership_id WHERE o.last_error = ?", rs -> rs.getString(1), RELEASED)),
                        Set.copyOf(jdbc.list("SELECT p.name FROM reminder_outbox o JOIN reminder_occurrences r ON r.id = o.occurrence_id"
                                + " JOIN partnerships p ON p.id = r.partnership_id WHERE o.status = 'SENDING'", rs -> rs.getString(1)))));
            }
        }
    }
}

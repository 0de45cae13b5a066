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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.config.console.ConsoleMode;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reminders.quartz.StoredTimers;
import org.partnerbot.core.schedule.MeetingSeries;
import org.partnerbot.core.store.Database;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.testing.TestPostgres;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.core.wiring.ScheduleModule;
import org.partnerbot.slack.fakes.FakeSlackApi;

/**
 * Reminders across a SIGKILL: a real Partnerbot process starts with 150 agenda calls that fell due while it was
 * down (still useful: the meetings are tomorrow), sends them, and is killed with SIGKILL part-way through. A second
 * process on the same database sends the rest. Every agenda call is recorded once in the outbox (its unique
 * occurrence key) and sent.
 *
 * <p>On Slack (H2 and PostgreSQL) each is in its channel exactly once: the kill falls, every time, while Slack has
 * taken an agenda call and the dead process never heard back; the restarted process finds that post by its tag in
 * the channel's history and does not post it again. On the console, which keeps no record of what it printed, the
 * send under way at the kill goes again — never lost — and says it may be a repeat; nothing else is printed twice.
 */
class ReminderCrashSafetyTest {

    private static final String SLACK_WORKSPACE = "slack:" + FakeSlackApi.TEAM;
    private static final int PARTNERSHIPS = 150;
    private static final Pattern AGENDA_CALL = Pattern.compile("^bot> .*Agenda call: (Crash-\\d{4})\\b.*");
    private static final Pattern NAME = Pattern.compile("Agenda call: (Crash-\\d{4})\\b");
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String RELEASED = "lease of a stopped node released";
    /** What the restarted process logs when it takes over a send the dead one had under way. */
    private static final String TAKEN_OVER = "were being sent by a node that stopped";

    @Test
    void everyAgendaCallInItsSlackChannelExactlyOnceAcrossKillNineOnH2(@TempDir Path dir) throws Exception {
        survivesKillOnSlack(TestDatabases.fileUrl(dir), "sa", new Random(1127L).nextInt(PARTNERSHIPS - 40) + 20);
    }

    @Test
    void everyAgendaCallInItsSlackChannelExactlyOnceAcrossKillNineOnPostgres() throws Exception {
        survivesKillOnSlack(TestPostgres.freshDatabaseUrl(), "postgres", new Random(2026L).nextInt(PARTNERSHIPS - 40) + 20);
    }

    @Test
    void noAgendaCallLostOnTheConsoleAndOnlyTheOneUnderWayRepeatedSayingSo(@TempDir Path dir) throws Exception {
        survivesKillOnConsole(TestDatabases.fileUrl(dir), "sa", new Random(1128L).nextInt(PARTNERSHIPS - 40) + 20);
    }

    private static void survivesKillOnSlack(String url, String user, int killAfter) throws Exception {
        seed(url, user, SLACK_WORKSPACE, ReminderCrashSafetyTest::channel);
        Path log = Files.createTempFile("reminder-crash", ".log");
        try (FakeSlackApi slack = new FakeSlackApi()) {
            // Slack takes agenda call killAfter + 1 and never answers: the kill falls while it is in doubt.
            CountDownLatch unanswered = slack.stallAfterTaking("chat.postMessage", killAfter + 1);
            Process first = start(url, user, log, slackSettings(slack));
            await(() -> agendaPosts(slack).size() > killAfter, first, "agenda calls posted before the kill");
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            unanswered.countDown();
            Set<String> inFlight = Outbox.read(url, user).leased();
            assertThat(inFlight).as("the post Slack took, unanswered, is in doubt").hasSize(1)
                    .containsExactly(nameIn(agendaPosts(slack).get(killAfter)));

            Process second = start(url, user, log, slackSettings(slack));
            try {
                String doubtful = channelOf(inFlight.iterator().next());
                await(() -> channelsWithAgendaCall(slack).size() == PARTNERSHIPS && slack.calls("conversations.history").stream()
                        .anyMatch(c -> c.param("channel").equals(doubtful)), second,
                        "every agenda call posted, and the channel of the one in doubt read");
                Thread.sleep(1_500); // a second copy would show up here
            } finally {
                stop(second);
            }

            Map<String, Long> perChannel = channelsWithAgendaCall(slack);
            Outbox outbox = Outbox.read(url, user);
            System.out.printf("Slack on %s: killed with agenda call %d taken by Slack and unanswered (%s); after the restart"
                            + " %d channels hold %d agenda calls; outbox %s; %d history reads%n", database(url), killAfter + 1,
                    inFlight, perChannel.size(), agendaPosts(slack).size(), outbox.byStatus(),
                    slack.calls("conversations.history").size());

            assertThat(perChannel).as("every channel has its agenda call").hasSize(PARTNERSHIPS);
            assertThat(perChannel.values()).as("none twice").containsOnly(1L);
            assertThat(outbox.occurrences()).as("one outbox occurrence per partnership").isEqualTo(PARTNERSHIPS);
            assertThat(outbox.byStatus()).as("every message sent, none waiting").isEqualTo(Map.of("SENT", PARTNERSHIPS));
            assertThat(outbox.released()).as("only the send under way at the kill was taken over").isEqualTo(inFlight);
            assertThat(slack.calls("conversations.history")).as("only the channel of the one in doubt was read")
                    .extracting(c -> c.param("channel")).containsOnly(channelOf(inFlight.iterator().next()));
        } catch (AssertionError | Exception e) {
            List<String> lines = Files.readAllLines(log);
            System.out.println("the processes' log, last 80 lines:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size())));
            throw e;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void survivesKillOnConsole(String url, String user, int killAfter) throws Exception {
        seed(url, user, ConsoleMode.WORKSPACE, i -> "C-" + i);
        List<String> printed = new CopyOnWriteArrayList<>();

        Path log = Files.createTempFile("reminder-crash", ".log");
        Process first = start(url, user, log, Map.of());
        Thread firstReader = read(first, printed);
        await(() -> agendaCalls(printed).values().stream().mapToInt(Integer::intValue).sum() >= killAfter, first,
                "agenda calls printed before the kill");
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        firstReader.join(10_000);
        int beforeKill = agendaCalls(printed).values().stream().mapToInt(Integer::intValue).sum();
        // What the dead process was in the middle of sending (it may or may not have printed it).
        Set<String> inFlight = Outbox.read(url, user).leased();

        Process second = start(url, user, log, Map.of());
        Thread secondReader = read(second, printed);
        try {
            // Done when every agenda call is out and, if a send was cut short, the restarted process has taken it
            // over from the dead one (once Quartz drops the dead node: a check-in interval or two).
            await(() -> agendaCalls(printed).size() == PARTNERSHIPS && (inFlight.isEmpty() || Files.readString(log).contains(TAKEN_OVER)),
                    second, "every agenda call printed; in flight at the kill: " + inFlight);
            Thread.sleep(1_500); // a second copy would show up here
        } finally {
            second.getOutputStream().close(); // end of input: the console stops cleanly
            if (!second.waitFor(30, TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
            secondReader.join(10_000);
        }

        Map<String, Integer> perPartnership = agendaCalls(printed);
        long notices = printed.stream().filter(l -> l.contains("Sent again:")).count();
        Outbox outbox = Outbox.read(url, user);
        System.out.printf("Console on %s: killed after %d agenda calls printed, %d in flight; after the restart every one of %d"
                        + " printed, %d twice, %d marked as a possible repeat; outbox %s%n", database(url), beforeKill, inFlight.size(),
                perPartnership.size(), perPartnership.values().stream().filter(n -> n > 1).count(), notices, outbox.byStatus());
        Files.deleteIfExists(log);

        assertThat(perPartnership).as("every agenda call printed").hasSize(PARTNERSHIPS);
        assertThat(outbox.occurrences()).as("one outbox occurrence per partnership").isEqualTo(PARTNERSHIPS);
        assertThat(outbox.byStatus()).as("every message sent, none waiting").isEqualTo(Map.of("SENT", PARTNERSHIPS));
        assertThat(inFlight).as("one sender per process: at most one send under way").hasSizeLessThanOrEqualTo(1);
        assertThat(outbox.released()).as("only the send under way at the kill went again").isEqualTo(inFlight);
        assertThat(notices).as("what went again says it may be a repeat").isEqualTo(inFlight.size());
        Set<String> twice = perPartnership.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertThat(outbox.released()).as("printed twice only if its send was under way at the kill").containsAll(twice);
        assertThat(perPartnership.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
    }

    /**
     * Partnerships in the workspace, each meeting tomorrow with its agenda call (24 h before) an hour ago, and the
     * Quartz triggers stored as a bot running two hours ago left them: every agenda call is a missed firing.
     */
    private static void seed(String url, String user, String workspace, IntFunction<String> conversation) {
        try (CoreModule core = new CoreModule(Database.open(url, user, ""), Clock.systemUTC())) {
            ScheduleModule scheduling = ScheduleModule.install(core.sendThrough((d, r) -> {
            }));
            ZonedDateTime meeting = ZonedDateTime.now(ZoneOffset.UTC).minusHours(1).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
            List<MeetingSeries> series = core.transactions().inTransaction(() -> {
                List<MeetingSeries> out = new ArrayList<>();
                for (int i = 0; i < PARTNERSHIPS; i++) {
                    String c = conversation.apply(i);
                    // The console keys its conversations by workspace; Slack's reference is the channel id itself.
                    String ref = workspace.equals(ConsoleMode.WORKSPACE) ? workspace + ":" + c : c;
                    Partnership p = core.partnerships().create(workspace, c, ref, String.format("Crash-%04d", i));
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

    /**
     * As {@link CrashSafetyTest} starts it: the runnable's main class on the test class path; console mode without
     * Slack settings, else a Slack app (HTTP events) posting to the fake Web API.
     */
    private static Process start(String url, String user, Path log, Map<String, String> slack) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.partnerbot.config.Main"));
        if (slack.isEmpty()) {
            command.add("--console");
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("SLACK_") || k.startsWith("MICROSOFT_APP_"));
        pb.environment().put("PARTNERBOT_DB_URL", url);
        pb.environment().put("PARTNERBOT_DB_USER", user);
        pb.environment().put("PARTNERBOT_PORT", "0");
        pb.environment().put("PARTNERBOT_MANAGEMENT_PORT", "0");
        pb.environment().putAll(slack);
        pb.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (!slack.isEmpty()) {
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        }
        return pb.start();
    }

    private static Map<String, String> slackSettings(FakeSlackApi slack) {
        return Map.of("SLACK_BOT_TOKEN", "xoxb-crash", "SLACK_SIGNING_SECRET", "crash-signing-secret", "SLACK_API_URL", slack.apiUrl());
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy(); // SIGTERM: a graceful stop
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Agenda calls posted to Slack, in the order Slack took them. */
    private static List<FakeSlackApi.Call> agendaPosts(FakeSlackApi slack) {
        return slack.calls("chat.postMessage").stream().filter(c -> NAME.matcher(c.mrkdwn()).find()).toList();
    }

    /** How many agenda calls each channel holds. */
    private static Map<String, Long> channelsWithAgendaCall(FakeSlackApi slack) {
        return agendaPosts(slack).stream().collect(Collectors.groupingBy(c -> c.param("channel"), TreeMap::new, Collectors.counting()));
    }

    private static String nameIn(FakeSlackApi.Call post) {
        Matcher m = NAME.matcher(post.mrkdwn());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String channel(int partnership) {
        return String.format("CCRASH%04d", partnership);
    }

    /** The Slack channel of partnership "Crash-0042". */
    private static String channelOf(String name) {
        return channel(Integer.parseInt(name.substring("Crash-".length())));
    }

    private static String database(String url) {
        return url.startsWith("jdbc:h2") ? "H2" : "PostgreSQL";
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws IOException;
    }

    private static void await(Condition done, Process process, String what) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!done.holds()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            assertThat(process.isAlive()).as("the process is running (%s)", what).isTrue();
            Thread.sleep(5);
        }
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
                var jdbc = core.jdbc();
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

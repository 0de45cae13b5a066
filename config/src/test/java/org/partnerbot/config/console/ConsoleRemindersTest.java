package org.partnerbot.config.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.config.Application;
import org.partnerbot.config.Main;
import org.partnerbot.config.Settings;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.reminders.RecordingTimers;
import org.partnerbot.core.schedule.MeetingSeries;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.core.wiring.ScheduleModule;

/** Reminders print in the console as they fire, between the lines people type, as the bot's own lines. */
class ConsoleRemindersTest {

    private final MutableClock clock = MutableClock.at("2026-11-23T10:00:00Z");
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ConsoleOutput output = new ConsoleOutput(new PrintStream(printed, true, StandardCharsets.UTF_8));

    @Test
    void theAgendaCallTheDutiesReminderAndTheEscalationToTheChair() {
        try (CoreModule core = new CoreModule(TestDatabases.inMemory(), clock);
             ScheduleModule scheduling = ScheduleModule.install(core.sendThrough(output)).attach(new RecordingTimers())) {
            ConsoleMode console = new ConsoleMode(core.bot(), output);
            for (String line : List.of(
                    "sam: setup Northside Children's Partnership",
                    "sam: purpose Keep every referred family safe, with one plan across agencies",
                    "sam: agency add Council Children's Services",
                    "sam: agency add NHS Community Health",
                    "sam: agency add Police Public Protection",
                    "sam: member add @priya NHS Community Health",
                    "sam: chair add @priya",
                    "dan: agency join Police Public Protection",
                    "sam: duty add Safeguarding lead: first contact for concerns about a child",
                    "sam: duty add Information sharing officer",
                    "priya: duty claim Safeguarding lead",
                    "dan: duty claim Safeguarding lead",
                    "dan: agenda add Referral backlog from schools",
                    "sam: schedule weekly tue 10:00 Europe/London 60m")) {
                console.say(line);
            }
            long id = core.transactions().inTransaction(() ->
                    core.partnerships().findByConversation(ConsoleMode.WORKSPACE, ConsoleMode.CONVERSATION)).orElseThrow().id();

            // Monday 30 Nov, 10:00 London: the agenda call for Tuesday's meeting fires.
            clock.set(Instant.parse("2026-11-30T10:00:00Z"));
            List<String> call = fire(scheduling, id);
            assertThat(call).contains(
                    "bot> Agenda call: Northside Children's Partnership",
                    "bot> Next meeting: Tue 1 Dec 2026 10:00 GMT.",
                    "bot>   Purpose: Keep every referred family safe, with one plan across agencies",
                    "bot>   • 1. Referral backlog from schools — dan (Police Public Protection)",
                    "bot> Nothing yet from: Council Children's Services, NHS Community Health. Every agency's view counts.",
                    "bot> UNASSIGNED duties — nobody owns these",
                    "bot>   • Information sharing officer (unowned for 1 week)  [Claim: duty claim Information sharing officer]",
                    "bot> DUPLICATED duties — chair, please name one",
                    "bot>   • Safeguarding lead — priya (NHS Community Health), dan (Police Public Protection)");
            assertThat(call).noneMatch(l -> l.startsWith("bot> (to "));

            // The chair asks for the duties reminder on the spot.
            console.say("priya: remind now duties");
            assertThat(take()).startsWith("bot> Unassigned duties in Northside Children's Partnership",
                    "bot> UNASSIGNED duties — nobody owns these",
                    "bot>   • Information sharing officer (unowned for 1 week)  [Claim: duty claim Information sharing officer]");

            // A week on, still nobody owns it: the second agenda call in a row escalates to the chair, privately.
            clock.set(Instant.parse("2026-12-07T10:00:00Z"));
            List<String> second = fire(scheduling, id);
            assertThat(second).contains("bot> Agenda call: Northside Children's Partnership",
                    "bot> (to priya) Escalation from Northside Children's Partnership: duties still without one owner",
                    "bot> (to priya) These were flagged in 2 reminders in a row. Please name one owner for each.",
                    "bot> (to priya)   • Information sharing officer (unowned for 2 weeks)  [Claim: duty claim Information sharing officer]");
            assertThat(second.indexOf("bot> Agenda call: Northside Children's Partnership"))
                    .isLessThan(second.indexOf("bot> (to priya) Escalation from Northside Children's Partnership: duties still without one owner"));

            // Claimed now: the next agenda call has no UNASSIGNED section and nobody is escalated to.
            console.say("dan: duty claim Information sharing officer");
            console.say("dan: duty release Safeguarding lead");
            take();
            clock.set(Instant.parse("2026-12-14T10:00:00Z"));
            List<String> third = fire(scheduling, id);
            assertThat(third).contains("bot> Agenda call: Northside Children's Partnership")
                    .noneMatch(l -> l.contains("UNASSIGNED") || l.contains("DUPLICATED") || l.startsWith("bot> (to "));
        }
    }

    @Test
    void theLaunchedConsoleHasTheScheduleAndKeepsItAcrossARestart(@TempDir Path dir) {
        Settings settings = new Settings(Map.of("PARTNERBOT_DB_URL", TestDatabases.fileUrl(dir), "PARTNERBOT_PORT", "0", "PARTNERBOT_MANAGEMENT_PORT", "0"));
        String first = run(settings, """
                sam: setup Northside Children's Partnership
                sam: schedule weekly funday 25:00 Mars/Olympus
                sam: schedule weekly tue 10:00 Europe/London 60m
                sam: remind agenda 48h
                """);
        assertThat(first).contains("bot> (to sam) `funday` is not a weekday (mon, tue, wed, thu, fri, sat or sun); `25:00` is not a"
                        + " time of day (HH:MM, 00:00 to 23:59); `Mars/Olympus` is not a time zone I know")
                .contains("bot> Weekly meeting set: Tuesdays at 10:00 (Europe/London), 60 minutes.")
                .contains("bot> Agenda calls now go out 48h before each meeting.");
        assertThat(first.lines()).allMatch(l -> l.startsWith("bot> "));

        String second = run(settings, "sam: schedule show\ndan: next\n");
        assertThat(second).contains("bot> (to sam) Weekly meeting of Northside Children's Partnership: Tuesdays at 10:00 (Europe/London), 60 minutes")
                .contains("bot> (to sam) Agenda calls go out 48h before each meeting.")
                .containsPattern("bot> \\(to sam\\)   • Tue \\d{1,2} \\w{3} \\d{4} 10:00 (GMT|BST) — agenda call Sun \\d{1,2} \\w{3} \\d{4} 10:00 (GMT|BST)")
                .containsPattern("bot> \\(to dan\\) Next meeting of Northside Children's Partnership: Tue .* 10:00 (GMT|BST) \\(in ");
    }

    @Test
    void inTheRunningApplicationQuartzFiresTheAgendaCallIntoTheConsole(@TempDir Path dir) throws InterruptedException {
        Settings settings = new Settings(Map.of("PARTNERBOT_DB_URL", TestDatabases.fileUrl(dir), "PARTNERBOT_PORT", "0", "PARTNERBOT_MANAGEMENT_PORT", "0"));
        try (Application app = Application.start(settings, true, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            app.console().say("sam: setup Northside Children's Partnership");
            app.console().say("dan: agenda add Referral backlog from schools");
            long id = app.core().transactions().inTransaction(() ->
                    app.core().partnerships().findByConversation(ConsoleMode.WORKSPACE, ConsoleMode.CONVERSATION)).orElseThrow().id();
            // A series whose agenda call (an hour before the meeting) is due two seconds from now, to the second.
            Instant call = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
            ZonedDateTime meeting = call.plus(Duration.ofHours(1)).atZone(ZoneId.of("UTC"));
            MeetingSeries series = MeetingSeries.weekly(id, meeting.getDayOfWeek(), meeting.toLocalTime(), ZoneId.of("UTC"), 60)
                    .withAgendaLead(1);
            app.core().transactions().run(() -> app.scheduling().series().save(series));
            app.scheduling().attach(app.scheduling().quartz());
            take();

            Instant deadline = Instant.now().plusSeconds(15);
            while (printed.toString(StandardCharsets.UTF_8).lines().noneMatch(l -> l.contains("Referral backlog"))) {
                assertThat(Instant.now()).as("the agenda call should have printed by now").isBefore(deadline);
                Thread.sleep(50);
            }
            List<String> lines = take();
            assertThat(lines).contains("bot> Agenda call: Northside Children's Partnership",
                    "bot>   • 1. Referral backlog from schools — dan");
            assertThat(lines).allMatch(l -> l.startsWith("bot> "));
        }
    }

    private List<String> fire(ScheduleModule scheduling, long partnershipId) {
        take();
        scheduling.reminders().weekly(partnershipId, MessageKind.AGENDA_CALL, clock.instant());
        return take();
    }

    private List<String> take() {
        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        printed.reset();
        return lines;
    }

    private static String run(Settings settings, String script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(List.of("--console"), settings, new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}

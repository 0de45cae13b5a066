package org.partnerbot.core.reminders.quartz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.reminders.RecordingMessenger;
import org.partnerbot.core.schedule.MeetingSeries;
import org.partnerbot.core.store.Database;
import org.partnerbot.core.testing.CoreDriver;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.core.wiring.ScheduleModule;
import org.quartz.CalendarIntervalTrigger;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerKey;

/** Real Quartz on a real H2 file database, stopped and started again like a redeploy or a crash. */
class QuartzRestartTest {

    /** Short, so a firing missed while stopped counts as a misfire within the test's few seconds. */
    private static final QuartzTimers.Settings SETTINGS = new QuartzTimers.Settings("partnerbot-test",
            Duration.ofMillis(500), "0 0 0 1 1 ? 2099", Duration.ofSeconds(1), 2);

    /** One run of the application on the file database. */
    private static final class Node implements AutoCloseable {
        final CoreModule core;
        final ScheduleModule scheduling;
        final RecordingMessenger messenger = new RecordingMessenger();
        final CoreDriver driver;

        Node(Path dir) {
            core = new CoreModule(Database.open(TestDatabases.fileUrl(dir), "sa", ""), Clock.systemUTC());
            scheduling = ScheduleModule.install(core.sendThrough(messenger));
            driver = new CoreDriver(core, "test", "C-test");
            core.bot();
            scheduling.start(SETTINGS);
        }

        long partnership() {
            return core.transactions().inTransaction(() -> core.partnerships().findByConversation("test", "C-test")).orElseThrow().id();
        }

        @Override
        public void close() {
            scheduling.close();
            core.close();
        }
    }

    @Test
    void aTriggerSurvivesARestartWithItsZoneAndData(@TempDir Path dir) throws Exception {
        Map<String, Instant> before;
        long id;
        try (Node first = new Node(dir)) {
            first.driver.say("sam", "setup Northside");
            first.driver.say("sam", "schedule weekly tue 10:00 America/New_York 60m");
            id = first.partnership();
            before = first.scheduling.quartz().nextFireTimes(id);
            assertThat(before).containsOnlyKeys("AGENDA_CALL", "MEETING_START");
        }
        try (Node second = new Node(dir)) {
            Trigger t = second.scheduling.quartz().scheduler().getTrigger(TriggerKey.triggerKey("MEETING_START", "partnership-" + id));
            assertThat(t).isInstanceOfSatisfying(CalendarIntervalTrigger.class, c -> {
                assertThat(c.getTimeZone().getID()).isEqualTo("America/New_York");
                assertThat(c.isPreserveHourOfDayAcrossDaylightSavings()).isTrue();
            });
            assertThat(ZonedDateTime.ofInstant(t.getNextFireTime().toInstant(), ZoneId.of("America/New_York")).toLocalTime())
                    .hasToString("10:00");
            JobDetail job = second.scheduling.quartz().scheduler().getJobDetail(JobKey.jobKey("MEETING_START", "partnership-" + id));
            assertThat(job.getJobDataMap().getWrappedMap()).containsEntry("partnershipId", String.valueOf(id))
                    .containsEntry("kind", "MEETING_START");
            assertThat(second.scheduling.quartz().nextFireTimes(id)).isEqualTo(before);

            second.driver.say("sam", "schedule weekly wed 09:00 Europe/London");
            assertThat(second.scheduling.quartz().scheduler().getJobKeys(
                    org.quartz.impl.matchers.GroupMatcher.jobGroupEquals("partnership-" + id)))
                    .as("a changed schedule leaves no orphan triggers").hasSize(2);
            assertThat(ZonedDateTime.ofInstant(second.scheduling.quartz().nextFireTimes(id).get("MEETING_START"),
                    ZoneId.of("Europe/London")).getDayOfWeek()).hasToString("WEDNESDAY");
            second.driver.say("sam", "schedule pause");
            assertThat(second.scheduling.quartz().nextFireTimes(id)).isEmpty();
        }
    }

    @Test
    void anAgendaCallMissedWhileStoppedIsSentOnceOnRestart(@TempDir Path dir) throws Exception {
        long id;
        Instant call;
        try (Node first = new Node(dir)) {
            first.driver.say("sam", "setup Northside");
            first.driver.say("sam", "agenda add Referral backlog from schools");
            id = first.partnership();
            // A series whose agenda call (1h before the meeting) falls two seconds from now.
            call = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
            ZonedDateTime meeting = call.plus(Duration.ofHours(1)).atZone(ZoneId.of("UTC"));
            MeetingSeries series = MeetingSeries.weekly(id, meeting.getDayOfWeek(), meeting.toLocalTime(), ZoneId.of("UTC"), 60)
                    .withAgendaLead(1);
            first.core.transactions().run(() -> first.scheduling.series().save(series));
            first.scheduling.attach(first.scheduling.quartz());
            assertThat(first.scheduling.quartz().nextFireTimes(id)).containsEntry("AGENDA_CALL", call);
        }
        // Down across the due time (and past the misfire threshold).
        await(() -> Instant.now().isAfter(call.plusMillis(1500)), Duration.ofSeconds(10));

        try (Node second = new Node(dir)) {
            await(() -> !second.messenger.sent().isEmpty(), Duration.ofSeconds(15));
            assertThat(second.messenger.sent()).singleElement().satisfies(s -> assertThat(s.text())
                    .contains("Agenda call: Northside").contains("Referral backlog from schools"));

            // The same occurrence fired again (a replay, a second node): nothing more goes out.
            second.scheduling.reminders().weekly(id, MessageKind.AGENDA_CALL, Instant.now());
            second.core.dispatcher().deliverDue();
            assertThat(second.messenger.sent()).hasSize(1);
            assertThat(second.scheduling.quartz().nextFireTimes(id).get("AGENDA_CALL")).isAfter(Instant.now().plus(Duration.ofDays(6)));
        }
        try (Node third = new Node(dir)) {
            Thread.sleep(1500);
            assertThat(third.messenger.sent()).as("a second restart does not fire it again").isEmpty();
        }
    }

    private static void await(BooleanSupplier condition, Duration atMost) throws InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited too long").isBefore(deadline);
            Thread.sleep(50);
        }
    }
}

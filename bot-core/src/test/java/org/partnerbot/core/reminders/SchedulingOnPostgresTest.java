package org.partnerbot.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.reminders.SchedulingHarness;
import org.partnerbot.core.reminders.Wakeups;
import org.partnerbot.core.reminders.WeeklyTimer;
import org.partnerbot.core.reminders.quartz.QuartzTimers;
import org.partnerbot.core.store.Database;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.Scenario;
import org.partnerbot.core.testing.TestPostgres;

/** The schedule, the outbox and Quartz (PostgreSQLDelegate, the jar's PostgreSQL DDL) on a real PostgreSQL. */
class SchedulingOnPostgresTest {

    @Test
    void theScheduleScenarioAndTheOutboxWorkOnPostgres() {
        MutableClock clock = MutableClock.at("2026-11-27T10:00:00Z");
        try (SchedulingHarness h = new SchedulingHarness(Database.open(TestPostgres.freshDatabaseUrl(), "postgres", ""), clock)) {
            Scenario.load("schedule.txt").runAgainst(h.driver);
            long id = h.partnership().id();
            clock.set(Instant.parse("2026-11-29T10:00:00Z"));
            h.reminders().weekly(id, MessageKind.AGENDA_CALL, clock.instant());
            h.reminders().weekly(id, MessageKind.AGENDA_CALL, clock.instant());
            assertThat(h.messenger.take()).singleElement().satisfies(s -> assertThat(s.text())
                    .contains("Agenda call: Northside Children's Partnership").contains("Referral backlog from schools"));
            clock.set(Instant.parse("2026-11-30T09:00:00Z"));
            h.reminders().sweep();
            h.reminders().sweep();
            assertThat(h.messenger.take()).as("the agenda call counted as this week's duties reminder").isEmpty();
        }
    }

    @Test
    void aSlotFiringFindsAndPlansItsPartnershipsOnPostgres() {
        ZoneId london = ZoneId.of("Europe/London");
        MutableClock clock = MutableClock.at("2026-11-30T10:00:00Z");
        try (SchedulingHarness h = new SchedulingHarness(Database.open(TestPostgres.freshDatabaseUrl(), "postgres", ""), clock)) {
            int onSlot = ReminderService.SLOT_CHUNK + 5; // two chunks
            h.core.transactions().run(() -> {
                for (int i = 0; i < onSlot + 2; i++) {
                    var p = h.core.partnerships().create("test", "C" + i, "C" + i, "Partnership " + i);
                    java.time.LocalTime time = java.time.LocalTime.of(i < onSlot ? 10 : 11, 0); // two on another slot
                    h.scheduling.series().save(org.partnerbot.core.schedule.MeetingSeries.weekly(p.id(),
                            java.time.DayOfWeek.TUESDAY, time, london, 60));
                }
            });
            WeeklyTimer slot = new WeeklyTimer(MessageKind.AGENDA_CALL, java.time.DayOfWeek.MONDAY, java.time.LocalTime.of(10, 0), london);
            h.reminders().weeklySlot(slot, clock.instant());
            h.reminders().weeklySlot(slot, clock.instant());
            assertThat(h.messenger.take()).as("each partnership on the slot once, a re-fired slot nothing")
                    .hasSize(onSlot).extracting(s -> s.destination().conversationRef()).doesNotHaveDuplicates();
        }
    }

    @Test
    void quartzFiresOnPostgres() throws Exception {
        List<String> fired = new CopyOnWriteArrayList<>();
        Wakeups recorder = new Wakeups() {
            @Override
            public void weekly(long partnershipId, MessageKind kind, Instant firedFor) {
                fired.add(partnershipId + " " + kind + " " + firedFor);
            }

            @Override
            public void weeklySlot(WeeklyTimer slot, Instant firedFor) {
                fired.add(slot.slot() + " " + firedFor);
            }

            @Override
            public void sweep() {
            }

            @Override
            public void deliver() {
            }
        };
        QuartzTimers.Settings settings = new QuartzTimers.Settings("partnerbot-pg-test", Duration.ofMillis(500),
                "0 0 0 1 1 ? 2099", Duration.ofHours(1), 2);
        try (Database db = Database.open(TestPostgres.freshDatabaseUrl(), "postgres", "");
             QuartzTimers timers = QuartzTimers.create(db.dataSource(), db.isPostgres(), recorder, settings)) {
            timers.start();
            Instant due = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
            ZonedDateTime local = due.atZone(ZoneId.of("America/New_York"));
            List<WeeklyTimer> wanted = List.of(new WeeklyTimer(MessageKind.AGENDA_CALL, local.getDayOfWeek(), local.toLocalTime(),
                    ZoneId.of("America/New_York")));
            timers.replaceWeekly(3, wanted);
            Instant deadline = Instant.now().plusSeconds(15);
            while (fired.isEmpty()) {
                assertThat(Instant.now()).isBefore(deadline);
                Thread.sleep(50);
            }
            assertThat(fired).as("the slot fires, not a job of the partnership").containsExactly(wanted.get(0).slot() + " " + due);
            assertThat(timers.nextFireTimes(wanted).get("AGENDA_CALL")).isEqualTo(local.plusWeeks(1).toInstant());
        }
    }
}

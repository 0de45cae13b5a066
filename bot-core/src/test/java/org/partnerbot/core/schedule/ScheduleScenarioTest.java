package org.partnerbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.ConversationKind;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.reminders.SchedulingHarness;
import org.partnerbot.core.reminders.WeeklyTimer;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.Scenario;

class ScheduleScenarioTest {

    private final MutableClock clock = MutableClock.at("2026-11-27T10:00:00Z");

    @Test
    void theScheduleCommandsRunThroughTheCore() {
        try (SchedulingHarness h = SchedulingHarness.inMemory(clock)) {
            Scenario.load("schedule.txt").runAgainst(h.driver);
        }
    }

    @Test
    void settingTheScheduleSetsThePartnershipZoneAndItsTimers() {
        try (SchedulingHarness h = SchedulingHarness.inMemory(clock)) {
            h.driver.say("sam", "setup Northside");
            assertThat(h.partnership().zone()).isEqualTo(ZoneId.of("UTC"));
            h.driver.say("sam", "schedule weekly tue 10:00 europe/london 60m");
            long id = h.partnership().id();
            assertThat(h.partnership().zone()).isEqualTo(ZoneId.of("Europe/London"));
            assertThat(h.timers.of(id)).containsExactly(
                    new WeeklyTimer(MessageKind.AGENDA_CALL, DayOfWeek.MONDAY, LocalTime.of(10, 0), ZoneId.of("Europe/London")),
                    new WeeklyTimer(MessageKind.MEETING_START, DayOfWeek.TUESDAY, LocalTime.of(10, 0), ZoneId.of("Europe/London")));

            h.driver.say("sam", "remind agenda 36h");
            assertThat(h.timers.of(id).get(0)).isEqualTo(
                    new WeeklyTimer(MessageKind.AGENDA_CALL, DayOfWeek.SUNDAY, LocalTime.of(22, 0), ZoneId.of("Europe/London")));

            h.driver.say("sam", "schedule pause");
            assertThat(h.timers.of(id)).as("a paused series keeps no timers").isEmpty();
            h.driver.say("sam", "schedule resume");
            assertThat(h.timers.of(id)).hasSize(2);
        }
    }

    @Test
    void badInputChangesNothing() {
        try (SchedulingHarness h = SchedulingHarness.inMemory(clock)) {
            h.driver.say("sam", "setup Northside");
            h.driver.say("sam", "schedule weekly tue 10:00 Europe/London");
            h.driver.say("sam", "schedule weekly funday 25:00 Mars/Olympus");
            h.driver.say("sam", "schedule weekly wed 09:00 Asia/Tokyo 1000m");
            assertThat(h.driver.say("sam", "schedule show")).anyMatch(l -> l.contains("Tuesdays at 10:00 (Europe/London), 60 minutes"));
            assertThat(h.partnership().zone()).isEqualTo(ZoneId.of("Europe/London"));
        }
    }

    @Test
    void nextIsShownInTheAskersOwnZone() {
        try (SchedulingHarness h = SchedulingHarness.inMemory(clock)) {
            h.driver.say("sam", "setup Northside");
            h.driver.say("sam", "schedule weekly tue 10:00 Europe/London");
            h.driver.say("sam", "agenda add Referral backlog");
            Inbound fromDan = new Inbound(SchedulingHarness.WORKSPACE, SchedulingHarness.CONVERSATION, null, ConversationKind.CHANNEL,
                    new Speaker("dan", "dan", ZoneId.of("America/New_York")), "next", true, null, null);
            List<String> answer = h.core.bot().handle(fromDan).map(Reply::plainText).map(t -> List.of(t.split("\n"))).orElseThrow();
            assertThat(answer.get(0)).isEqualTo("Next meeting of Northside: Tue 1 Dec 2026 05:00 EST (in 4 days), 60 minutes.");
            assertThat(answer.get(1)).startsWith("Agenda: 1 item so far. Agenda call Mon 30 Nov 2026 05:00 EST.");
        }
    }
}

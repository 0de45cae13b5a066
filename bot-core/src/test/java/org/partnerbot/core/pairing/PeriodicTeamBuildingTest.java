package org.partnerbot.core.pairing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.AssemblyDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** The weekly pairing round and the digest after meetings, driven by a hand-moved clock as the periodic timer would. */
class PeriodicTeamBuildingTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static AssemblyDriver partnershipOfFour() {
        AssemblyDriver driver = new AssemblyDriver("2026-11-30T12:00:00Z", 3);
        driver.say("sam", "setup Northside");
        driver.say("sam", "agency add Council");
        driver.say("sam", "agency add Police");
        driver.say("sam", "agency join Council");
        driver.say("sue", "agency join Council");
        driver.say("dan", "agency join Police");
        driver.say("eve", "agency join Police");
        driver.messenger().drain();
        return driver;
    }

    private static List<String> runAt(AssemblyDriver driver, String instant) {
        driver.clock().set(Instant.parse(instant));
        driver.teamBuilding().runDue(driver.clock().instant());
        // What the periodic work queued goes out on the outbox's next round, as after a sweep.
        driver.core().dispatcher().deliverDue();
        return driver.messenger().drain();
    }

    @Test
    void theWeeklyRoundComesOnTheChosenDayFromNineOnceADay() {
        try (AssemblyDriver driver = partnershipOfFour()) {
            driver.say("sam", "pairing weekly on thu");
            assertThat(runAt(driver, "2026-12-02T10:00:00Z")).as("a Wednesday").isEmpty();
            assertThat(runAt(driver, "2026-12-03T08:45:00Z")).as("Thursday before nine").isEmpty();
            List<String> round = runAt(driver, "2026-12-03T09:15:00Z");
            assertThat(round).contains("Coffee chats this week (20 minutes, across agencies)");
            assertThat(round.stream().filter(l -> l.matches("\\(to \\w+\\) Coffee chat this week.*"))).hasSize(4);
            assertThat(round).allSatisfy(l -> assertThat(l).doesNotContain("(Council) and sue (Council)"));
            assertThat(runAt(driver, "2026-12-03T15:00:00Z")).as("the same day again").isEmpty();
            assertThat(runAt(driver, "2026-12-10T11:00:00Z")).as("next Thursday, late morning")
                    .contains("Coffee chats this week (20 minutes, across agencies)");
        }
    }

    @Test
    void theSchedulesSweepTimerRunsTheWeeklyRound() {
        try (AssemblyDriver driver = partnershipOfFour()) {
            driver.say("sam", "pairing weekly on thu");
            driver.clock().set(Instant.parse("2026-12-03T09:15:00Z"));
            driver.scheduling().wakeups().sweep();
            assertThat(driver.messenger().drain()).contains("Coffee chats this week (20 minutes, across agencies)");
            driver.scheduling().wakeups().sweep();
            assertThat(driver.messenger().drain()).doesNotContain("Coffee chats this week (20 minutes, across agencies)");
        }
    }

    @Test
    void aRoundHeldByHandThatDayCountsAndSwitchingOffStopsTheRounds() {
        try (AssemblyDriver driver = partnershipOfFour()) {
            driver.say("sam", "pairing weekly on thu");
            driver.clock().set(Instant.parse("2026-12-03T09:01:00Z"));
            driver.say("sam", "pairing now");
            driver.messenger().drain();
            assertThat(runAt(driver, "2026-12-03T10:00:00Z")).isEmpty();
            driver.say("sam", "pairing weekly off");
            assertThat(runAt(driver, "2026-12-10T10:00:00Z")).isEmpty();
        }
    }

    @Test
    void dueFollowsTheLocalDayAndHourOfThePartnership() {
        // 08:30 UTC on a summer Thursday is 09:30 in London: due there.
        assertThat(WeeklyPairing.due(DayOfWeek.THURSDAY, LONDON, Instant.parse("2026-07-02T08:30:00Z"), Optional.empty())).isTrue();
        assertThat(WeeklyPairing.due(DayOfWeek.THURSDAY, LONDON, Instant.parse("2026-07-02T07:30:00Z"), Optional.empty())).isFalse();
        assertThat(WeeklyPairing.due(DayOfWeek.THURSDAY, LONDON, Instant.parse("2026-07-02T08:30:00Z"),
                Optional.of(Instant.parse("2026-06-25T08:00:00Z")))).isTrue();
        assertThat(WeeklyPairing.due(DayOfWeek.THURSDAY, LONDON, Instant.parse("2026-07-02T20:30:00Z"),
                Optional.of(Instant.parse("2026-07-02T08:00:00Z")))).isFalse();
    }

    @Test
    void theDigestGoesToTheChannelAnHourAfterEachMeetingOnce() {
        try (AssemblyDriver driver = partnershipOfFour()) {
            driver.clock().set(Instant.parse("2026-12-01T10:00:00Z"));
            driver.say("sam", "#startmeeting");
            driver.say("dan", "the police view");
            driver.say("sam", "#endmeeting");
            Instant ended = driver.clock().instant();
            driver.messenger().drain();
            assertThat(runAt(driver, ended.plus(Duration.ofMinutes(30)).toString())).isEmpty();
            List<String> digest = runAt(driver, ended.plus(Duration.ofMinutes(61)).toString());
            assertThat(digest).contains("Weekly digest after the meeting — the partnership in figures:",
                    "Partnership health: Northside", "Communication channels between agencies: 1 (n(n−1)/2 with n = 2)");
            assertThat(digest).noneMatch(l -> l.startsWith("(to "));
            assertThat(runAt(driver, ended.plus(Duration.ofHours(3)).toString())).isEmpty();
        }
    }

    @Test
    void aMeetingLongPastGetsNoDigest() {
        try (AssemblyDriver driver = partnershipOfFour()) {
            driver.clock().set(Instant.parse("2026-12-01T10:00:00Z"));
            driver.say("sam", "#startmeeting");
            driver.say("sam", "#endmeeting");
            driver.messenger().drain();
            assertThat(runAt(driver, "2026-12-09T10:00:00Z")).isEmpty();
        }
    }
}

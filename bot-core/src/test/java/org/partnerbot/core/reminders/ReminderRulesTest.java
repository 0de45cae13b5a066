package org.partnerbot.core.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.duties.Duty;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.schedule.MeetingSeries;
import org.partnerbot.core.testing.MutableClock;

class ReminderRulesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final MeetingSeries tuesdays = MeetingSeries.weekly(1, DayOfWeek.TUESDAY, LocalTime.of(10, 0), LONDON, 60);
    private final MutableClock clock = MutableClock.at("2026-11-30T10:00:00Z");

    @Test
    void anAgendaCallOnTimeIsSentForTheComingMeeting() {
        ReminderRules.Decision d = ReminderRules.agendaCall(tuesdays, clock.instant(), clock.instant());
        assertThat(d).isInstanceOfSatisfying(ReminderRules.Send.class,
                s -> assertThat(s.occurrence().date()).isEqualTo(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void aMissedAgendaCallIsStillUsefulUntilTheMeetingStarts() {
        Instant due = clock.instant();
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertThat(ReminderRules.agendaCall(tuesdays, clock.instant(), clock.instant())).isInstanceOf(ReminderRules.Send.class);
        clock.set(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(ReminderRules.agendaCall(tuesdays, due, clock.instant()))
                .isInstanceOfSatisfying(ReminderRules.Drop.class, d -> assertThat(d.reason()).contains("already started"));
    }

    @Test
    void aMeetingStartNoticeHoursLateIsDropped() {
        Instant start = Instant.parse("2026-12-01T10:00:00Z");
        assertThat(ReminderRules.meetingStart(tuesdays, start, start.plus(Duration.ofMinutes(10)))).isInstanceOf(ReminderRules.Send.class);
        assertThat(ReminderRules.meetingStart(tuesdays, start.plus(Duration.ofHours(3)), start.plus(Duration.ofHours(3))))
                .isInstanceOfSatisfying(ReminderRules.Drop.class, d -> assertThat(d.reason()).startsWith("stale"));
    }

    @Test
    void skippedAndPausedWeeksSendNothing() {
        MeetingSeries skipped = tuesdays.withSkip(LocalDate.of(2026, 12, 1));
        assertThat(ReminderRules.agendaCall(skipped, clock.instant(), clock.instant()))
                .isInstanceOfSatisfying(ReminderRules.Drop.class, d -> assertThat(d.reason()).contains("skipped"));
        assertThat(ReminderRules.meetingStart(tuesdays.withPaused(true), Instant.parse("2026-12-01T10:00:00Z"),
                Instant.parse("2026-12-01T10:00:00Z"))).isInstanceOf(ReminderRules.Drop.class);
    }

    @Test
    void unassignedActionsTheMorningAfterThenTheChairsThreeDaysLater() {
        LocalDate meeting = LocalDate.of(2026, 12, 1);
        assertThat(ReminderRules.unassignedActionsDue(meeting, meeting)).isFalse();
        assertThat(ReminderRules.unassignedActionsDue(meeting, meeting.plusDays(1))).isTrue();
        assertThat(ReminderRules.actionsEscalationDue(meeting, meeting.plusDays(3))).isFalse();
        assertThat(ReminderRules.actionsEscalationDue(meeting, meeting.plusDays(4))).isTrue();
        assertThat(ReminderRules.unassignedActionsDue(meeting, meeting.plusDays(4))).as("the escalation takes over").isFalse();
        assertThat(ReminderRules.actionsEscalationDue(meeting, meeting.plusDays(30))).as("old meetings are not dug up").isFalse();
    }

    @Test
    void overdueActionsAreNudgedTheDayAfterThenWeekly() {
        LocalDate due = LocalDate.of(2026, 12, 4);
        assertThat(ReminderRules.overdueNudge(due, due)).isEmpty();
        assertThat(ReminderRules.overdueNudge(due, due.plusDays(1))).contains(0);
        assertThat(ReminderRules.overdueNudge(due, due.plusDays(7))).contains(0);
        assertThat(ReminderRules.overdueNudge(due, due.plusDays(8))).contains(1);
        assertThat(ReminderRules.overdueNudge(null, due)).isEmpty();
    }

    @Test
    void morningMeansNineLocal() {
        assertThat(ReminderRules.isMorning(LONDON, Instant.parse("2026-12-02T08:59:00Z"))).isFalse();
        assertThat(ReminderRules.isMorning(LONDON, Instant.parse("2026-12-02T09:00:00Z"))).isTrue();
        assertThat(ReminderRules.isMorning(ZoneId.of("America/New_York"), Instant.parse("2026-12-02T09:00:00Z"))).isFalse();
    }

    @Test
    void theDutiesReminderGoesOutOnItsOwnOnlyAfterAWeekWithoutOne() {
        Instant now = clock.instant();
        assertThat(ReminderRules.standaloneDutiesDue(Optional.empty(), LONDON, now)).isTrue();
        assertThat(ReminderRules.standaloneDutiesDue(Optional.of(now.minus(Duration.ofDays(6))), LONDON, now)).isFalse();
        assertThat(ReminderRules.standaloneDutiesDue(Optional.of(now.minus(Duration.ofDays(7))), LONDON, now)).isTrue();
    }

    @Test
    void aDutyFlaggedInTwoRemindersInARowIsEscalatedOnce() {
        Duty unowned = duty(1, List.of());
        Duty owned = duty(2, List.of(member(10, false, false)));
        DutyStreaks.Result first = DutyStreaks.next(Map.of(), List.of(unowned, owned));
        assertThat(first.streaks()).containsExactly(Map.entry(1L, 1));
        assertThat(first.escalate()).isEmpty();
        DutyStreaks.Result second = DutyStreaks.next(first.streaks(), List.of(unowned, owned));
        assertThat(second.escalate()).containsExactly(unowned);
        DutyStreaks.Result third = DutyStreaks.next(second.streaks(), List.of(unowned, owned));
        assertThat(third.escalate()).as("once per run, not every reminder").isEmpty();
        Duty claimed = duty(1, List.of(member(11, false, false)));
        assertThat(DutyStreaks.next(third.streaks(), List.of(claimed, owned)).streaks()).isEmpty();
    }

    @Test
    void escalationsGoToTheChairsOrWithNoneToTheAdmins() {
        Member admin = member(1, true, false);
        Member chair = member(2, false, true);
        Member plain = member(3, false, false);
        assertThat(ReminderRules.escalationRecipients(List.of(admin, chair, plain))).containsExactly(chair);
        assertThat(ReminderRules.escalationRecipients(List.of(admin, plain))).containsExactly(admin);
    }

    private static Duty duty(long id, List<Member> owners) {
        return new Duty(id, "duty " + id, null, owners, Instant.parse("2026-11-01T00:00:00Z"));
    }

    private static Member member(long id, boolean admin, boolean chair) {
        return new Member(id, 1, "u" + id, "user " + id, null, null, null, admin, chair);
    }
}

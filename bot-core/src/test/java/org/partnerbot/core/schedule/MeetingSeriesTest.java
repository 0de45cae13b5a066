package org.partnerbot.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingSeriesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aTuesdayMeetingInLondonStaysAtTenLocalAcrossBothClockChanges() {
        MeetingSeries s = MeetingSeries.weekly(1, DayOfWeek.TUESDAY, LocalTime.of(10, 0), LONDON, 60);
        // Clocks go forward on Sun 29 Mar 2026 and back on Sun 25 Oct 2026.
        List<Occurrence> spring = s.upcoming(Instant.parse("2026-03-20T00:00:00Z"), 2);
        assertThat(spring).extracting(o -> o.start().toInstant()).containsExactly(
                Instant.parse("2026-03-24T10:00:00Z"), Instant.parse("2026-03-31T09:00:00Z"));
        List<Occurrence> autumn = s.upcoming(Instant.parse("2026-10-19T00:00:00Z"), 2);
        assertThat(autumn).extracting(o -> o.start().toInstant()).containsExactly(
                Instant.parse("2026-10-20T09:00:00Z"), Instant.parse("2026-10-27T10:00:00Z"));
        assertThat(spring).allMatch(o -> o.start().toLocalTime().equals(LocalTime.of(10, 0)));
        assertThat(autumn).allMatch(o -> o.start().toLocalTime().equals(LocalTime.of(10, 0)));
    }

    @Test
    void anAgendaCallAcrossTheChangeKeepsItsLocalHour() {
        // 48h before Tue 31 Mar 10:00 BST is Sun 29 Mar 10:00 BST, the change day itself: 10:00 local, not 09:00.
        MeetingSeries s = MeetingSeries.weekly(1, DayOfWeek.TUESDAY, LocalTime.of(10, 0), LONDON, 60).withAgendaLead(48);
        Occurrence o = s.on(LocalDate.of(2026, 3, 31));
        assertThat(o.agendaCall().toLocalDateTime()).hasToString("2026-03-29T10:00");
        assertThat(o.agendaCall().toInstant()).isEqualTo(Instant.parse("2026-03-29T09:00:00Z"));
    }

    @Test
    void aTimeThatDoesNotExistOnTheChangeDayMovesForwardByTheJump() {
        // New York skips 02:00-03:00 on Sun 8 Mar 2026: a Sunday 02:30 meeting is at 03:30 that day, 02:30 after.
        MeetingSeries s = MeetingSeries.weekly(1, DayOfWeek.SUNDAY, LocalTime.of(2, 30), NEW_YORK, 30);
        List<Occurrence> next = s.upcoming(Instant.parse("2026-03-01T12:00:00Z"), 2);
        assertThat(next.get(0).start().toLocalDateTime()).hasToString("2026-03-08T03:30");
        assertThat(next.get(0).start().toInstant()).isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
        assertThat(next.get(1).start().toLocalDateTime()).hasToString("2026-03-15T02:30");
    }

    @Test
    void aTimeThatHappensTwiceIsTheFirstOfTheTwo() {
        // New York repeats 01:00-02:00 on Sun 1 Nov 2026: 01:30 is taken in daylight time (-04:00).
        MeetingSeries s = MeetingSeries.weekly(1, DayOfWeek.SUNDAY, LocalTime.of(1, 30), NEW_YORK, 30);
        Occurrence o = s.on(LocalDate.of(2026, 11, 1));
        assertThat(o.start().toInstant()).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
    }

    @Test
    void skippedMeetingsAreListedAndPassedOverByNext() {
        MeetingSeries s = MeetingSeries.weekly(1, DayOfWeek.TUESDAY, LocalTime.of(10, 0), LONDON, 60)
                .withSkip(LocalDate.of(2026, 12, 1));
        Instant friday = Instant.parse("2026-11-27T10:00:00Z");
        assertThat(s.upcoming(friday, 2)).extracting(Occurrence::skipped).containsExactly(true, false);
        assertThat(s.next(friday)).map(Occurrence::date).contains(LocalDate.of(2026, 12, 8));
        assertThat(s.withPaused(true).next(friday)).isEmpty();
    }

    @Test
    void aFiringIsMatchedToTheOccurrenceItIsFor() {
        MeetingSeries s = MeetingSeries.weekly(1, DayOfWeek.TUESDAY, LocalTime.of(10, 0), LONDON, 60);
        assertThat(s.latestStartAtOrBefore(Instant.parse("2026-12-01T10:00:00Z")).date()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(s.latestStartAtOrBefore(Instant.parse("2026-12-01T09:59:59Z")).date()).isEqualTo(LocalDate.of(2026, 11, 24));
        // The agenda call for Tue 8 Dec goes out Mon 7 Dec 10:00; a late firing on Mon evening is still for 8 Dec.
        assertThat(s.latestAgendaCallAtOrBefore(Instant.parse("2026-12-07T18:00:00Z")).date()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(s.latestAgendaCallAtOrBefore(Instant.parse("2026-12-07T09:00:00Z")).date()).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}

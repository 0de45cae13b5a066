package org.partnerbot.core.reminders.quartz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.reminders.WeeklyTimer;
import org.partnerbot.core.schedule.MeetingSeries;
import org.partnerbot.core.schedule.Occurrence;
import org.quartz.CalendarIntervalTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;

/**
 * The triggers Quartz is given fire exactly when the series says its meetings are, through both clock changes
 * in London and New York, including a local time the spring change skips and one the autumn change repeats.
 */
class QuartzTriggersDstTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void londonTuesdayTenThroughSpringAndAutumn() {
        assertAgree(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LONDON, "2026-03-10T12:00:00Z");
        assertAgree(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LONDON, "2026-10-13T12:00:00Z");
        List<Instant> spring = fireTimes(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LONDON, "2026-03-20T00:00:00Z", 2);
        assertThat(spring).containsExactly(Instant.parse("2026-03-24T10:00:00Z"), Instant.parse("2026-03-31T09:00:00Z"));
    }

    @Test
    void londonTimeInTheSpringGapOnTheChangeSunday() {
        // 01:30 does not exist in London on Sun 29 Mar 2026; that week the meeting is at 02:30 BST.
        assertAgree(DayOfWeek.SUNDAY, LocalTime.of(1, 30), LONDON, "2026-03-15T12:00:00Z");
        assertAgree(DayOfWeek.SUNDAY, LocalTime.of(1, 30), LONDON, "2026-03-23T12:00:00Z");
    }

    @Test
    void newYorkSundayHalfPastTwoWhichTheSpringChangeSkips() {
        // Started weeks before the change, and started when the very next Sunday is the change day.
        assertAgree(DayOfWeek.SUNDAY, LocalTime.of(2, 30), NEW_YORK, "2026-02-20T12:00:00Z");
        List<Instant> fromChangeWeek = fireTimes(DayOfWeek.SUNDAY, LocalTime.of(2, 30), NEW_YORK, "2026-03-02T12:00:00Z", 3);
        assertThat(fromChangeWeek).containsExactly(Instant.parse("2026-03-08T07:30:00Z"),
                Instant.parse("2026-03-15T06:30:00Z"), Instant.parse("2026-03-22T06:30:00Z"));
        assertAgree(DayOfWeek.SUNDAY, LocalTime.of(2, 30), NEW_YORK, "2026-03-02T12:00:00Z");
    }

    @Test
    void newYorkHalfPastOneWhichTheAutumnChangeRepeatsFiresOnce() {
        assertAgree(DayOfWeek.SUNDAY, LocalTime.of(1, 30), NEW_YORK, "2026-10-20T12:00:00Z");
        List<Instant> autumn = fireTimes(DayOfWeek.SUNDAY, LocalTime.of(1, 30), NEW_YORK, "2026-10-26T12:00:00Z", 2);
        assertThat(autumn).containsExactly(Instant.parse("2026-11-01T05:30:00Z"), Instant.parse("2026-11-08T06:30:00Z"));
    }

    private static void assertAgree(DayOfWeek day, LocalTime time, ZoneId zone, String from) {
        MeetingSeries series = MeetingSeries.weekly(1, day, time, zone, 60);
        List<Instant> expected = series.upcoming(Instant.parse(from), 8).stream().map(Occurrence::start)
                .map(z -> z.toInstant()).toList();
        assertThat(fireTimes(day, time, zone, from, 8)).as(day + " " + time + " " + zone + " from " + from).isEqualTo(expected);
    }

    private static List<Instant> fireTimes(DayOfWeek day, LocalTime time, ZoneId zone, String from, int count) {
        Instant now = Instant.parse(from);
        JobDetail job = JobBuilder.newJob(WakeupJobs.WeeklyJob.class).withIdentity("MEETING_START", "partnership-1").build();
        Set<Trigger> triggers = QuartzTimers.triggers(job, new WeeklyTimer(MessageKind.MEETING_START, day, time, zone), now);
        triggers.stream().filter(t -> t instanceof CalendarIntervalTrigger).forEach(t ->
                assertThat(((CalendarIntervalTrigger) t).getTimeZone().getID()).isEqualTo(zone.getId()));
        Date to = Date.from(now.plus(count * 7L + 7, ChronoUnit.DAYS));
        List<Instant> all = new java.util.ArrayList<>();
        for (Trigger t : triggers) {
            // Asking the trigger itself: TriggerUtils would move its start time to the window's start.
            for (Date d = t.getFireTimeAfter(Date.from(now)); d != null && d.before(to); d = t.getFireTimeAfter(d)) {
                all.add(d.toInstant());
            }
        }
        return all.stream().sorted().distinct().limit(count).toList();
    }
}

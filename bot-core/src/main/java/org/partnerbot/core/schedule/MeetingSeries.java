package org.partnerbot.core.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A partnership's weekly meeting: weekday + local time + IANA zone, never a UTC instant, so a Tuesday 10:00
 * meeting stays at 10:00 local across daylight-saving changes. A local time that does not exist on a change
 * day (clocks jump over it) moves forward by the length of the jump, e.g. 02:30 becomes 03:30 in New York;
 * a time that happens twice (clocks go back) is the first of the two. Quartz's calendar-interval triggers
 * resolve both cases the same way, which the scheduler tests check.
 *
 * @param agendaLeadHours how long before each meeting its agenda call goes out, counted in local wall-clock hours
 * @param skips           dates on which the meeting does not happen (no agenda call, no start notice)
 */
public record MeetingSeries(long partnershipId, DayOfWeek day, LocalTime time, ZoneId zone, int durationMinutes,
                            int agendaLeadHours, boolean paused, SortedSet<LocalDate> skips) {

    public static final int DEFAULT_DURATION_MINUTES = 60;
    public static final int DEFAULT_AGENDA_LEAD_HOURS = 24;

    public MeetingSeries {
        skips = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(skips));
    }

    public static MeetingSeries weekly(long partnershipId, DayOfWeek day, LocalTime time, ZoneId zone, int durationMinutes) {
        return new MeetingSeries(partnershipId, day, time, zone, durationMinutes, DEFAULT_AGENDA_LEAD_HOURS, false,
                new TreeSet<>());
    }

    /** The same series at a new weekday, time, zone and length; lead time and skip dates are kept. */
    public MeetingSeries rescheduled(DayOfWeek newDay, LocalTime newTime, ZoneId newZone, int newDuration) {
        return new MeetingSeries(partnershipId, newDay, newTime, newZone, newDuration, agendaLeadHours, paused, skips);
    }

    public MeetingSeries withPaused(boolean value) {
        return new MeetingSeries(partnershipId, day, time, zone, durationMinutes, agendaLeadHours, value, skips);
    }

    public MeetingSeries withAgendaLead(int hours) {
        return new MeetingSeries(partnershipId, day, time, zone, durationMinutes, hours, paused, skips);
    }

    public MeetingSeries withSkip(LocalDate date) {
        SortedSet<LocalDate> more = new TreeSet<>(skips);
        more.add(date);
        return new MeetingSeries(partnershipId, day, time, zone, durationMinutes, agendaLeadHours, paused, more);
    }

    /** The meeting on a date that falls on the series' weekday. */
    public Occurrence on(LocalDate date) {
        ZonedDateTime start = ZonedDateTime.of(date, time, zone);
        ZonedDateTime call = start.toLocalDateTime().minusHours(agendaLeadHours).atZone(zone);
        return new Occurrence(start, start.plusMinutes(durationMinutes), call, skips.contains(date));
    }

    /** The next {@code count} meetings starting at or after {@code from}, skipped ones included and marked. */
    public List<Occurrence> upcoming(Instant from, int count) {
        List<Occurrence> out = new ArrayList<>();
        LocalDate date = from.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(day));
        while (out.size() < count) {
            Occurrence o = on(date);
            if (!o.start().toInstant().isBefore(from)) {
                out.add(o);
            }
            date = date.plusWeeks(1);
        }
        return out;
    }

    /** The next meeting that will happen, or empty while the series is paused. */
    public Optional<Occurrence> next(Instant from) {
        if (paused) {
            return Optional.empty();
        }
        return upcoming(from, skips.size() + 1).stream().filter(o -> !o.skipped()).findFirst();
    }

    /** The latest meeting that started at or before {@code at}: what a meeting-start firing at that time is for. */
    public Occurrence latestStartAtOrBefore(Instant at) {
        LocalDate date = at.atZone(zone).toLocalDate().plusDays(1).with(TemporalAdjusters.previousOrSame(day));
        Occurrence o = on(date);
        while (o.start().toInstant().isAfter(at)) {
            date = date.minusWeeks(1);
            o = on(date);
        }
        return o;
    }

    /** The meeting whose agenda call is the latest at or before {@code at}: what an agenda-call firing is for. */
    public Occurrence latestAgendaCallAtOrBefore(Instant at) {
        LocalDate date = at.atZone(zone).toLocalDate().plusDays(8).with(TemporalAdjusters.previousOrSame(day));
        Occurrence o = on(date);
        while (o.agendaCall().toInstant().isAfter(at)) {
            date = date.minusWeeks(1);
            o = on(date);
        }
        return o;
    }

    /** The weekday and local time agenda calls go out at (the meeting's, moved back by the lead time). */
    public LocalDateTime agendaCallInWeekOf(LocalDate meetingDate) {
        return LocalDateTime.of(meetingDate, time).minusHours(agendaLeadHours);
    }

    public boolean isMeetingDay(LocalDate date) {
        return date.getDayOfWeek() == day;
    }
}

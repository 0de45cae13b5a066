package org.partnerbot.core.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.schedule.MeetingSeries;
import org.partnerbot.core.schedule.Occurrence;

/**
 * When each reminder is due, when it is too late to be worth sending, and who hears of an escalation.
 * Pure functions of stored state and the time, so they are tested with a hand-moved clock.
 */
public final class ReminderRules {

    /** A meeting-start notice later than this after the start is stale: the meeting is under way or over. */
    public static final Duration MEETING_START_GRACE = Duration.ofMinutes(15);
    /** Morning reminders (unassigned and overdue actions, the weekly duties reminder) go out from this local time. */
    public static final LocalTime MORNING = LocalTime.of(9, 0);
    /** Unassigned actions still unowned this many days after the morning-after reminder go to the chairs. */
    public static final int ACTION_ESCALATION_DAYS = 3;
    /** A weekly reminder that could not go out within this many days of its day is dropped, not sent late. */
    public static final int STALE_AFTER_DAYS = 7;
    /** The duties reminder goes out on its own when none (agenda call included) went out for this many days. */
    public static final int DUTIES_EVERY_DAYS = 7;

    /** Send this occurrence's reminder, or drop it and say why (for the log). */
    public sealed interface Decision {
    }

    public record Send(Occurrence occurrence) implements Decision {
    }

    public record Drop(String reason) implements Decision {
    }

    private ReminderRules() {
    }

    /** An agenda call is worth sending, however late, until its meeting starts. */
    public static Decision agendaCall(MeetingSeries series, Instant firedFor, Instant now) {
        Occurrence o = series.latestAgendaCallAtOrBefore(firedFor);
        Optional<Decision> off = offWeek(series, o);
        if (off.isPresent()) {
            return off.get();
        }
        if (!now.isBefore(o.start().toInstant())) {
            return new Drop("stale: the meeting of " + o.key() + " has already started");
        }
        return new Send(o);
    }

    /** A meeting-start notice is only worth sending around the start; hours late it would mislead. */
    public static Decision meetingStart(MeetingSeries series, Instant firedFor, Instant now) {
        Occurrence o = series.latestStartAtOrBefore(firedFor);
        Optional<Decision> off = offWeek(series, o);
        if (off.isPresent()) {
            return off.get();
        }
        if (now.isAfter(o.start().toInstant().plus(MEETING_START_GRACE))) {
            return new Drop("stale: the meeting of " + o.key() + " started at " + o.start().toInstant()
                    + ", more than " + MEETING_START_GRACE.toMinutes() + " minutes ago");
        }
        return new Send(o);
    }

    private static Optional<Decision> offWeek(MeetingSeries series, Occurrence o) {
        if (series.paused()) {
            return Optional.of(new Drop("the series is paused"));
        }
        if (o.skipped()) {
            return Optional.of(new Drop("the meeting of " + o.date() + " is skipped"));
        }
        return Optional.empty();
    }

    public static boolean isMorning(ZoneId zone, Instant now) {
        return !now.atZone(zone).toLocalTime().isBefore(MORNING);
    }

    public static LocalDate today(ZoneId zone, Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    /** The morning after a meeting, until the escalation takes over. */
    public static boolean unassignedActionsDue(LocalDate meetingDay, LocalDate today) {
        LocalDate morningAfter = meetingDay.plusDays(1);
        return !today.isBefore(morningAfter) && today.isBefore(morningAfter.plusDays(ACTION_ESCALATION_DAYS));
    }

    /** Three days after the morning-after reminder, for a week; older meetings are not dug up. */
    public static boolean actionsEscalationDue(LocalDate meetingDay, LocalDate today) {
        LocalDate escalation = meetingDay.plusDays(1 + ACTION_ESCALATION_DAYS);
        return !today.isBefore(escalation) && today.isBefore(escalation.plusDays(STALE_AFTER_DAYS));
    }

    /**
     * Which overdue nudge is due: 0 the day after the due date, 1 a week later, and so on until done.
     * Each number is sent once; a nudge missed while the bot was down goes out when it is back (still useful).
     */
    public static Optional<Integer> overdueNudge(LocalDate due, LocalDate today) {
        if (due == null || !today.isAfter(due)) {
            return Optional.empty();
        }
        return Optional.of((int) (ChronoUnit.DAYS.between(due.plusDays(1), today) / 7));
    }

    /** The standalone weekly duties reminder: due when no duties reminder went out in the last week. */
    public static boolean standaloneDutiesDue(Optional<Instant> lastDutiesReminder, ZoneId zone, Instant now) {
        return lastDutiesReminder.map(last -> ChronoUnit.DAYS.between(today(zone, last), today(zone, now)) >= DUTIES_EVERY_DAYS)
                .orElse(true);
    }

    /** Escalations go to the chairs; with no chair yet, to the admins, so they still reach someone. */
    public static List<Member> escalationRecipients(List<Member> members) {
        List<Member> chairs = members.stream().filter(Member::chair).toList();
        return chairs.isEmpty() ? members.stream().filter(Member::admin).toList() : chairs;
    }
}

package org.partnerbot.core.reminders;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.schedule.MeetingSeries;
import org.partnerbot.core.schedule.SeriesListener;

/**
 * Keeps the timers in step with the series: an agenda call and a meeting start each week, none while paused.
 * Skip dates need no timer change: the firing finds the date skipped and sends nothing.
 * Until the scheduler is running, changes are only stored; {@link #reconcile} applies them all at start-up.
 */
public final class SeriesTimers implements SeriesListener {

    private volatile Timers timers;

    public void attach(Timers value) {
        this.timers = value;
    }

    @Override
    public void changed(MeetingSeries series) {
        Timers t = timers;
        if (t != null) {
            t.replaceWeekly(series.partnershipId(), wanted(series));
        }
    }

    public void reconcile(List<MeetingSeries> all) {
        Map<Long, List<WeeklyTimer>> wanted = new LinkedHashMap<>();
        all.forEach(s -> wanted.put(s.partnershipId(), wanted(s)));
        timers.reconcile(wanted);
    }

    public static List<WeeklyTimer> wanted(MeetingSeries s) {
        if (s.paused()) {
            return List.of();
        }
        // Any week will do to turn "lead hours before Tuesday 10:00" into a weekday and a local time.
        LocalDate meetingDay = LocalDate.of(2026, 1, 5).with(TemporalAdjusters.nextOrSame(s.day()));
        LocalDateTime call = s.agendaCallInWeekOf(meetingDay);
        return List.of(
                new WeeklyTimer(MessageKind.AGENDA_CALL, call.getDayOfWeek(), call.toLocalTime(), s.zone()),
                new WeeklyTimer(MessageKind.MEETING_START, s.day(), s.time(), s.zone()));
    }
}

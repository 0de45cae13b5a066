package org.partnerbot.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Span;

/** The schedule as people read it, in their language: "Tuesdays at 10:00 (Europe/London)", and the next few meetings. */
public final class ScheduleView {

    public static final int SHOWN = 5;

    public Reply.Builder show(Texts t, Partnership p, MeetingSeries s, Instant now, Reply.Builder reply) {
        reply.heading(t.t("schedule.showTitle", p.name(), describe(t, s)));
        reply.text(t.t("schedule.leadHours", s.agendaLeadHours()));
        if (s.paused()) {
            reply.text(t.t("schedule.pausedBanner"));
        }
        List<Block.Item> items = s.upcoming(now, SHOWN).stream().map(o -> Block.Item.of(line(t, o, s.zone(), s.paused()))).toList();
        reply.list(t.t("schedule.nextMeetings", SHOWN, s.zone().getId()), items, null);
        return reply.note(t.line("schedule.changeHow", code(t.t("schedule.weeklyCode")),
                code(t.t("schedule.skipCode"))));
    }

    private static Line line(Texts t, Occurrence o, ZoneId zone, boolean paused) {
        Line when = t.time(o.start().toInstant(), zone, Span.TimeStyle.DATE_TIME);
        if (o.skipped()) {
            return t.line("schedule.occurrenceSkipped", when);
        }
        if (paused) {
            return t.line("schedule.occurrencePaused", when);
        }
        return t.line("schedule.occurrence", when, t.time(o.agendaCall().toInstant(), zone, Span.TimeStyle.DATE_TIME));
    }

    /** "Tuesdays at 10:00 (Europe/London), 60 minutes"; "Dydd Mawrth am 10:00 …". */
    public static String describe(Texts t, MeetingSeries s) {
        return t.t("schedule.describe", s.day().name().toLowerCase(java.util.Locale.ROOT), s.time().toString(), s.zone().getId(), s.durationMinutes());
    }

    public static String dayName(Texts t, java.time.DayOfWeek d) {
        return t.weekday(d);
    }

    /** "in 3 days", "in 5 hours", "in 20 minutes": how far off a moment is, roughly. */
    public static String until(Texts t, Instant now, Instant at) {
        Duration d = Duration.between(now, at);
        if (d.toDays() >= 2) {
            return t.t("schedule.inDays", d.toDays());
        }
        if (d.toHours() >= 2) {
            return t.t("schedule.inHours", d.toHours());
        }
        return t.t("schedule.inMinutes", Math.max(0, d.toMinutes()));
    }

    private static Line code(String text) {
        return Line.builder().code(text).build();
    }
}

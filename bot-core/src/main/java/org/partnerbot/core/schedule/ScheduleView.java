package org.partnerbot.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Span;

/** The schedule as people read it: "Tuesdays at 10:00 (Europe/London)", and the next few meetings. */
public final class ScheduleView {

    public static final int SHOWN = 5;

    public Reply.Builder show(Partnership p, MeetingSeries s, Instant now, Reply.Builder reply) {
        reply.heading("Weekly meeting of " + p.name() + ": " + describe(s));
        reply.text("Agenda calls go out " + s.agendaLeadHours() + "h before each meeting.");
        if (s.paused()) {
            reply.text("PAUSED: no meetings or reminders until an admin runs `schedule resume`.");
        }
        List<Block.Item> items = s.upcoming(now, SHOWN).stream().map(o -> Block.Item.of(line(o, s.zone(), s.paused()))).toList();
        reply.list("Next " + SHOWN + " meetings (" + s.zone().getId() + ")", items, null);
        return reply.note(Line.builder().text("Change with ").code("schedule weekly <mon..sun> <HH:MM> [<Area/City>] [<N>m]")
                .text(", skip one with ").code("schedule skip <YYYY-MM-DD>").text(".").build());
    }

    private static Line line(Occurrence o, ZoneId zone, boolean paused) {
        Line.Builder b = Line.builder().time(o.start().toInstant(), zone, Span.TimeStyle.DATE_TIME);
        if (o.skipped()) {
            return b.text(" — SKIPPED (no agenda call, no reminders)").build();
        }
        if (paused) {
            return b.text(" — paused").build();
        }
        return b.text(" — agenda call ").time(o.agendaCall().toInstant(), zone, Span.TimeStyle.DATE_TIME).build();
    }

    /** "Tuesdays at 10:00 (Europe/London), 60 minutes". */
    public static String describe(MeetingSeries s) {
        return dayName(s.day()) + "s" + " at " + s.time() + " (" + s.zone().getId() + "), " + s.durationMinutes() + " minutes";
    }

    public static String dayName(java.time.DayOfWeek d) {
        return d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** "in 3 days", "in 5 hours", "in 20 minutes": how far off a moment is, roughly. */
    public static String until(Instant now, Instant at) {
        Duration d = Duration.between(now, at);
        if (d.toDays() >= 2) {
            return "in " + d.toDays() + " days";
        }
        if (d.toHours() >= 2) {
            return "in " + d.toHours() + " hours";
        }
        long minutes = Math.max(0, d.toMinutes());
        return "in " + minutes + (minutes == 1 ? " minute" : " minutes");
    }
}

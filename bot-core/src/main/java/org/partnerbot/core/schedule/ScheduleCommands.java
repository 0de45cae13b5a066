package org.partnerbot.core.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.partnerbot.core.agenda.AgendaItems;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Dates;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Span;
import org.partnerbot.core.reply.Words;

import static org.partnerbot.core.command.CommandSpec.command;

/** The weekly series: admins set, skip, pause and resume it; anyone asks when the next meeting is. */
public final class ScheduleCommands implements CommandSet {

    private final MeetingSeriesStore store;
    private final Partnerships partnerships;
    private final AgendaItems agenda;
    private final SeriesListener listener;
    private final ScheduleView view = new ScheduleView();

    public ScheduleCommands(MeetingSeriesStore store, Partnerships partnerships, AgendaItems agenda, SeriesListener listener) {
        this.store = store;
        this.partnerships = partnerships;
        this.agenda = agenda;
        this.listener = listener;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                command("schedule weekly").requires("<mon..sun> <HH:MM> [<Area/City>] [<N>m]").role(Role.ADMIN)
                        .does("set the weekly meeting (also sets the partnership's time zone)", this::weekly),
                command("schedule skip").requires("<YYYY-MM-DD>").role(Role.ADMIN)
                        .does("no meeting (and no reminders) on that date", this::skip),
                command("schedule pause").role(Role.ADMIN).does("stop meetings and their reminders until resumed", this::pause),
                command("schedule resume").role(Role.ADMIN).does("start the weekly meetings again", this::resume),
                command("schedule show").role(Role.ADMIN)
                        .does("the next meetings in local time, skipped ones marked, and their agenda calls", this::show),
                command("next").does("the next meeting, in your time zone, with its agenda count", this::next));
    }

    private Reply weekly(Invocation in) {
        Optional<MeetingSeries> before = store.find(in.partnershipId());
        ZoneId fallback = before.map(MeetingSeries::zone).orElse(in.askerZone());
        int minutes = before.map(MeetingSeries::durationMinutes).orElse(MeetingSeries.DEFAULT_DURATION_MINUTES);
        WeeklyScheduleText.Parsed p = WeeklyScheduleText.parse(in.args(), fallback, minutes, in.spec());
        MeetingSeries series = before.map(s -> s.rescheduled(p.day(), p.time(), p.zone(), p.durationMinutes()))
                .orElseGet(() -> MeetingSeries.weekly(in.partnershipId(), p.day(), p.time(), p.zone(), p.durationMinutes()));
        store.save(series);
        partnerships.updateZone(in.partnershipId(), series.zone());
        listener.changed(series);
        Reply.Builder reply = Reply.channel()
                .line(Line.builder().text((before.isPresent() ? "Weekly meeting moved: " : "Weekly meeting set: ")
                        + ScheduleView.describe(series) + ".").build());
        series.next(in.now()).ifPresent(o -> reply.line(Line.builder().text("Next: ")
                .time(o.start().toInstant(), series.zone(), Span.TimeStyle.DATE_TIME).text("; agenda call ")
                .time(o.agendaCall().toInstant(), series.zone(), Span.TimeStyle.DATE_TIME).text(".").build()));
        if (series.paused()) {
            reply.note("The series is paused: `schedule resume` to start it again.");
        }
        return reply.build();
    }

    private Reply skip(Invocation in) {
        MeetingSeries series = existing(in);
        LocalDate date = Dates.parse(in.args(), in.spec());
        if (!series.isMeetingDay(date)) {
            throw new UserError(date + " is a " + ScheduleView.dayName(date.getDayOfWeek()) + "; the meeting is on "
                    + ScheduleView.describe(series) + ".", in.spec());
        }
        Occurrence o = series.on(date);
        if (!o.start().toInstant().isAfter(in.now())) {
            throw new UserError(date + " is in the past: only a meeting still to come can be skipped.", in.spec());
        }
        if (o.skipped()) {
            throw new UserError("The meeting on " + date + " is already skipped.");
        }
        MeetingSeries changed = series.withSkip(date);
        store.save(changed);
        listener.changed(changed);
        return Reply.channel().line(Line.builder().text("No meeting on ")
                .time(o.start().toInstant(), series.zone(), Span.TimeStyle.DATE).text(": skipped, with its agenda call.").build())
                .build();
    }

    private Reply pause(Invocation in) {
        MeetingSeries series = existing(in);
        if (series.paused()) {
            throw new UserError("The weekly meeting is already paused; `schedule resume` starts it again.");
        }
        MeetingSeries changed = series.withPaused(true);
        store.save(changed);
        listener.changed(changed);
        return Reply.channel().text("Weekly meeting paused: no agenda calls or meeting reminders until `schedule resume`.").build();
    }

    private Reply resume(Invocation in) {
        MeetingSeries series = existing(in);
        if (!series.paused()) {
            throw new UserError("The weekly meeting is not paused.");
        }
        MeetingSeries changed = series.withPaused(false);
        store.save(changed);
        listener.changed(changed);
        Reply.Builder reply = Reply.channel().text("Weekly meeting resumed: " + ScheduleView.describe(changed) + ".");
        changed.next(in.now()).ifPresent(o -> reply.line(Line.builder().text("Next: ")
                .time(o.start().toInstant(), changed.zone(), Span.TimeStyle.DATE_TIME).text(".").build()));
        return reply.build();
    }

    private Reply show(Invocation in) {
        return view.show(in.partnership(), existing(in), in.now(), Reply.asker()).build();
    }

    private Reply next(Invocation in) {
        Optional<MeetingSeries> series = store.find(in.partnershipId());
        if (series.isEmpty()) {
            return Reply.toAsker("No weekly meeting is scheduled yet. An admin sets one with `schedule weekly <mon..sun> <HH:MM> [<Area/City>]`.");
        }
        if (series.get().paused()) {
            return Reply.toAsker("The weekly meeting is paused; an admin can `schedule resume` it.");
        }
        Occurrence o = series.get().next(in.now()).orElseThrow();
        int items = agenda.pending(in.partnershipId()).size();
        ZoneId zone = in.askerZone();
        return Reply.asker()
                .line(Line.builder().text("Next meeting of " + in.partnership().name() + ": ")
                        .time(o.start().toInstant(), zone, Span.TimeStyle.DATE_TIME)
                        .text(" (" + ScheduleView.until(in.now(), o.start().toInstant()) + "), "
                                + series.get().durationMinutes() + " minutes.").build())
                .line(Line.builder().text("Agenda: " + Words.count(items, "item", "items") + " so far. Agenda call ")
                        .time(o.agendaCall().toInstant(), zone, Span.TimeStyle.DATE_TIME).text(".").build())
                .note(Line.builder().text("Add an item with ").code("agenda add <text>").text(".").build())
                .build();
    }

    private MeetingSeries existing(Invocation in) {
        return store.find(in.partnershipId()).orElseThrow(() -> new UserError(
                "No weekly meeting is scheduled yet. Set one with `schedule weekly <mon..sun> <HH:MM> [<Area/City>] [<N>m]`."));
    }
}

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
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Span;

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
        WeeklyScheduleText.Parsed p = WeeklyScheduleText.parse(in.args(), fallback, minutes, in.spec(), in.texts());
        MeetingSeries series = before.map(s -> s.rescheduled(p.day(), p.time(), p.zone(), p.durationMinutes()))
                .orElseGet(() -> MeetingSeries.weekly(in.partnershipId(), p.day(), p.time(), p.zone(), p.durationMinutes()));
        store.save(series);
        partnerships.updateZone(in.partnershipId(), series.zone());
        listener.changed(series);
        return in.toChannel(t -> {
            Reply.Builder reply = Reply.channel()
                    .text(t.t(before.isPresent() ? "schedule.moved" : "schedule.set", ScheduleView.describe(t, series)));
            series.next(in.now()).ifPresent(o -> reply.line(t.line("schedule.nextWithCall",
                    t.time(o.start().toInstant(), series.zone(), Span.TimeStyle.DATE_TIME),
                    t.time(o.agendaCall().toInstant(), series.zone(), Span.TimeStyle.DATE_TIME))));
            if (series.paused()) {
                reply.note(t.t("schedule.seriesPaused"));
            }
            return reply.build();
        });
    }

    private Reply skip(Invocation in) {
        MeetingSeries series = existing(in);
        LocalDate date = Dates.parse(in.args(), in);
        if (!series.isMeetingDay(date)) {
            throw new UserError(in.t("schedule.notMeetingDay", date.toString(), ScheduleView.dayName(in.texts(), date.getDayOfWeek()),
                    ScheduleView.describe(in.texts(), series)), in.spec());
        }
        Occurrence o = series.on(date);
        if (!o.start().toInstant().isAfter(in.now())) {
            throw new UserError(in.t("schedule.inThePast", date.toString()), in.spec());
        }
        if (o.skipped()) {
            throw new UserError(in.t("schedule.alreadySkipped", date.toString()));
        }
        MeetingSeries changed = series.withSkip(date);
        store.save(changed);
        listener.changed(changed);
        return in.toChannel(t -> Reply.channel().line(t.line("schedule.skipped",
                t.time(o.start().toInstant(), series.zone(), Span.TimeStyle.DATE))).build());
    }

    private Reply pause(Invocation in) {
        MeetingSeries series = existing(in);
        if (series.paused()) {
            throw new UserError(in.t("schedule.alreadyPaused"));
        }
        MeetingSeries changed = series.withPaused(true);
        store.save(changed);
        listener.changed(changed);
        return in.toChannel(t -> Reply.channel().text(t.t("schedule.paused")).build());
    }

    private Reply resume(Invocation in) {
        MeetingSeries series = existing(in);
        if (!series.paused()) {
            throw new UserError(in.t("schedule.notPaused"));
        }
        MeetingSeries changed = series.withPaused(false);
        store.save(changed);
        listener.changed(changed);
        return in.toChannel(t -> {
            Reply.Builder reply = Reply.channel().text(t.t("schedule.resumed", ScheduleView.describe(t, changed)));
            changed.next(in.now()).ifPresent(o -> reply.line(t.line("schedule.next",
                    t.time(o.start().toInstant(), changed.zone(), Span.TimeStyle.DATE_TIME))));
            return reply.build();
        });
    }

    private Reply show(Invocation in) {
        return view.show(in.texts(), in.partnership(), existing(in), in.now(), Reply.asker()).build();
    }

    private Reply next(Invocation in) {
        Optional<MeetingSeries> series = store.find(in.partnershipId());
        if (series.isEmpty()) {
            return Reply.toAsker(in.t("schedule.noneYet"));
        }
        if (series.get().paused()) {
            return Reply.toAsker(in.t("schedule.isPaused"));
        }
        Occurrence o = series.get().next(in.now()).orElseThrow();
        int items = agenda.pending(in.partnershipId()).size();
        ZoneId zone = in.askerZone();
        Texts t = in.texts();
        return Reply.asker()
                .line(t.line("schedule.nextMeetingOf", in.partnership().name(), t.time(o.start().toInstant(), zone, Span.TimeStyle.DATE_TIME),
                        ScheduleView.until(t, in.now(), o.start().toInstant()), series.get().durationMinutes()))
                .line(t.line("schedule.agendaSoFar", items, t.time(o.agendaCall().toInstant(), zone, Span.TimeStyle.DATE_TIME)))
                .note(t.line("reminder.addItem", Line.builder().code(t.t("reminder.agendaAddCode")).build()))
                .build();
    }

    private MeetingSeries existing(Invocation in) {
        return store.find(in.partnershipId()).orElseThrow(() -> new UserError(in.t("schedule.noSeries")));
    }
}

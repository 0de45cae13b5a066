package org.partnerbot.core.reminders;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerbot.core.actions.Action;
import org.partnerbot.core.actions.Actions;
import org.partnerbot.core.agenda.AgendaItems;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.duties.Duties;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.schedule.MeetingSeries;
import org.partnerbot.core.schedule.MeetingSeriesStore;
import org.partnerbot.core.schedule.Occurrence;
import org.partnerbot.core.schedule.SeriesListener;

import static org.partnerbot.core.command.CommandSpec.command;

/** How early the agenda call goes out, and reminders on demand (the same messages the schedule sends). */
public final class RemindCommands implements CommandSet {

    public static final int MAX_LEAD_HOURS = 144;
    private static final Pattern HOURS = Pattern.compile("(\\d{1,4})\\s*h(?:ours?)?", Pattern.CASE_INSENSITIVE);

    private final MeetingSeriesStore series;
    private final SeriesListener listener;
    private final Agencies agencies;
    private final AgendaItems agenda;
    private final Duties duties;
    private final Actions actions;
    private final ReminderMessages messages;

    public RemindCommands(MeetingSeriesStore series, SeriesListener listener, Agencies agencies, AgendaItems agenda,
                          Duties duties, Actions actions, ReminderMessages messages) {
        this.series = series;
        this.listener = listener;
        this.agencies = agencies;
        this.agenda = agenda;
        this.duties = duties;
        this.actions = actions;
        this.messages = messages;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                command("remind agenda").requires("<N>h").role(Role.ADMIN)
                        .does("how long before each meeting the agenda call goes out (default 24h)", this::agendaLead),
                command("remind now").requires("agenda|duties|actions").role(Role.CHAIR)
                        .does("send that reminder to the channel at once", this::now));
    }

    private Reply agendaLead(Invocation in) {
        Matcher m = HOURS.matcher(in.args().strip());
        int hours = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        if (hours < 1 || hours > MAX_LEAD_HOURS) {
            throw new UserError(in.t("remind.notALead", in.args().strip(), MAX_LEAD_HOURS), in.spec());
        }
        MeetingSeries s = series.find(in.partnershipId()).orElseThrow(() -> new UserError(in.t("remind.noSeries")));
        MeetingSeries changed = s.withAgendaLead(hours);
        series.save(changed);
        listener.changed(changed);
        return in.toChannel(t -> Reply.channel().text(t.t("remind.leadSet", hours)).build());
    }

    private Reply now(Invocation in) {
        String what = in.args().strip().toLowerCase(Locale.ROOT);
        long id = in.partnershipId();
        return switch (what) {
            case "agenda" -> {
                Optional<Occurrence> next = series.find(id).flatMap(s -> s.next(in.now()));
                if (next.isEmpty()) {
                    throw new UserError(in.t("remind.noUpcoming"));
                }
                var all = agencies.list(id);
                var pending = agenda.pending(id);
                var register = duties.list(id);
                yield in.toChannel(t -> messages.agendaCall(t, in.partnership(), next.get().start().toInstant(), all, pending,
                        register, in.now()));
            }
            case "duties" -> {
                var register = duties.list(id);
                yield in.toChannel(t -> messages.duties(t, in.partnership(), register, in.now()));
            }
            case "actions" -> {
                LocalDate today = ReminderRules.today(in.partnership().zone(), in.now());
                List<Action> attention = actions.open(id).stream().filter(a -> a.unassigned() || a.overdue(today)).toList();
                yield in.toChannel(t -> messages.actionsNeedingAttention(t, in.partnership(), attention, in.now()));
            }
            default -> throw new UserError(in.t("remind.nowWhat", in.args().strip()), in.spec());
        };
    }
}

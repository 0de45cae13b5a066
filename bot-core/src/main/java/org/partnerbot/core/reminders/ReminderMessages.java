package org.partnerbot.core.reminders;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerbot.core.actions.Action;
import org.partnerbot.core.actions.ActionsView;
import org.partnerbot.core.agenda.AgendaItem;
import org.partnerbot.core.agenda.AgendaView;
import org.partnerbot.core.duties.DutiesView;
import org.partnerbot.core.duties.Duty;
import org.partnerbot.core.meetings.Meeting;
import org.partnerbot.core.partnership.Agency;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Span;
import org.partnerbot.core.reply.Words;

/**
 * The words of every reminder. Lists come from the same views as `agenda`, `duties` and `actions`, so a
 * reminder shows exactly what the command would; this class only chooses what to show and adds the nudge.
 */
public final class ReminderMessages {

    private final AgendaView agendaView;
    private final ActionsView actionsView;

    public ReminderMessages(AgendaView agendaView, ActionsView actionsView) {
        this.agendaView = agendaView;
        this.actionsView = actionsView;
    }

    /** Before a meeting: purpose, the agenda so far, which agencies have not added anything, how to add. */
    public Reply agendaCall(Partnership p, Instant meetingAt, List<Agency> agencies, List<AgendaItem> pending,
                            List<Duty> duties, Instant now) {
        Reply.Builder reply = Reply.channel().heading("Agenda call: " + p.name());
        reply.line(Line.builder().text("Next meeting: ").time(meetingAt, p.zone(), Span.TimeStyle.DATE_TIME).text(".").build());
        if (p.hasPurpose()) {
            reply.note("Purpose: " + p.purpose());
        }
        agendaView.agenda(p, reply);
        Set<Long> heardFrom = pending.stream().map(AgendaItem::agencyId).filter(Objects::nonNull).collect(Collectors.toSet());
        List<String> silent = agencies.stream().filter(a -> !heardFrom.contains(a.id())).map(Agency::name).toList();
        if (!silent.isEmpty()) {
            reply.text("Nothing yet from: " + String.join(", ", silent) + ". Every agency's view counts.");
        }
        reply.note(Line.builder().text("Add an item with ").code("agenda add <text>").text(".").build());
        dutyWarnings(duties, now, reply);
        return reply.build();
    }

    /** At the start time: the agenda, open actions to review, and duties nobody (or everybody) owns. */
    public Reply meetingStart(Partnership p, Instant startAt, int minutes, List<Action> open, List<Duty> duties, Instant now) {
        Reply.Builder reply = Reply.channel().heading("Meeting time: " + p.name());
        reply.line(Line.builder().text("Starting now (").time(startAt, p.zone(), Span.TimeStyle.TIME)
                .text(", " + minutes + " minutes). The chair opens the minutes with ").code("#startmeeting").text(".").build());
        agendaView.agenda(p, reply);
        LocalDate today = ReminderRules.today(p.zone(), now);
        if (!open.isEmpty()) {
            reply.text("Open actions due for review (" + open.size() + "), carried over from earlier meetings:");
            actionsView.ownerSections(open, today, reply);
        }
        dutyWarnings(duties, now, reply);
        return reply.build();
    }

    /** The duties reminder: only the duties that need someone, or an all-clear when asked for. */
    public Reply duties(Partnership p, List<Duty> duties, Instant now) {
        Reply.Builder reply = Reply.channel().heading("Unassigned duties in " + p.name());
        if (duties.stream().noneMatch(DutyStreaks::flagged)) {
            return reply.text("Every duty has exactly one owner.").build();
        }
        dutyWarnings(duties, now, reply);
        return reply.build();
    }

    /** To a chair: duties flagged in two reminders in a row. */
    public Reply dutiesEscalation(Partnership p, List<Duty> escalated, Instant now) {
        Reply.Builder reply = Reply.channel().heading("Escalation from " + p.name() + ": duties still without one owner");
        reply.text("These were flagged in " + DutyStreaks.ESCALATE_AT + " reminders in a row. Please name one owner for each.");
        dutyWarnings(escalated, now, reply);
        reply.note(Line.builder().text("The owner runs ").code("duty claim <name>").text("; extra holders run ")
                .code("duty release <name>").text(".").build());
        return bind(reply.build(), p);
    }

    /** The morning after a meeting: its actions nobody took. */
    public Reply unassignedActions(Partnership p, Meeting m, List<Action> unassigned, Instant now) {
        Reply.Builder reply = Reply.channel().heading("Unassigned actions from " + m.title());
        reply.line(Line.builder().text("The meeting of ").time(m.startedAt(), p.zone(), Span.TimeStyle.DATE)
                .text(" left " + Words.count(unassigned.size(), "action", "actions") + " without an owner.").build());
        actionsView.ownerSections(unassigned, ReminderRules.today(p.zone(), now), reply);
        reply.note(Line.builder().text("Take one with ").code("action take <id>").text(".").build());
        return reply.build();
    }

    /** To a chair: actions of a meeting still unowned days after the reminder. */
    public Reply actionsEscalation(Partnership p, Meeting m, List<Action> unassigned, Instant now) {
        Reply.Builder reply = Reply.channel().heading("Escalation from " + p.name() + ": actions still without an owner");
        reply.line(Line.builder().text("From " + m.title() + " (").time(m.startedAt(), p.zone(), Span.TimeStyle.DATE)
                .text("), still unowned " + ReminderRules.ACTION_ESCALATION_DAYS + " days after the reminder:").build());
        actionsView.ownerSections(unassigned, ReminderRules.today(p.zone(), now), reply);
        reply.note(Line.builder().text("Give each an owner with ").code("action assign <id> @user|<agency>").text(".").build());
        return bind(reply.build(), p);
    }

    /** To an owner (or each member of the owning agency): an action past its due date. */
    public Reply overdue(Partnership p, Action a, Instant now) {
        LocalDate today = ReminderRules.today(p.zone(), now);
        Reply.Builder reply = Reply.channel().heading("Overdue action in " + p.name());
        reply.line(Line.builder().text("Action ").append(ActionsView.line(a, today)).text(" · ").append(a.owner()).build());
        reply.buttons(ActionsView.doneButton(a));
        reply.note(Line.builder().text("Done? ").code("action done " + a.number())
                .text(". Need more time? Ask a chair to move the date.").build());
        return bind(reply.build(), p);
    }

    /** `remind now actions`: unassigned and overdue actions in one list. */
    public Reply actionsNeedingAttention(Partnership p, List<Action> unassignedOrOverdue, Instant now) {
        Reply.Builder reply = Reply.channel().heading("Actions needing attention in " + p.name());
        if (unassignedOrOverdue.isEmpty()) {
            return reply.text("No unassigned or overdue actions.").build();
        }
        actionsView.ownerSections(unassignedOrOverdue, ReminderRules.today(p.zone(), now), reply);
        return reply.build();
    }

    /** The UNASSIGNED and DUPLICATED sections, with how long each duty has been like that. */
    static void dutyWarnings(List<Duty> duties, Instant now, Reply.Builder reply) {
        List<Duty> unassigned = duties.stream().filter(Duty::unassigned).toList();
        List<Duty> duplicated = duties.stream().filter(Duty::duplicated).toList();
        if (!unassigned.isEmpty()) {
            reply.list("UNASSIGNED duties — nobody owns these", unassigned.stream().map(d -> new Block.Item(
                    Line.builder().append(DutiesView.nameAndDescription(d)).text(" (unowned for " + age(d, now) + ")").build(),
                    DutiesView.claimButton(d))).toList(), null);
        }
        if (!duplicated.isEmpty()) {
            reply.list("DUPLICATED duties — chair, please name one",
                    duplicated.stream().map(d -> Block.Item.of(DutiesView.withOwners(d))).toList(), null);
        }
    }

    /** "2 weeks", "3 days", "less than a day": roughly, as a person would say it. */
    static String age(Duty d, Instant now) {
        long days = Duration.between(d.ownersChangedAt(), now).toDays();
        if (days >= 7) {
            return Words.count(days / 7, "week", "weeks");
        }
        return days >= 1 ? Words.count(days, "day", "days") : "less than a day";
    }

    /** Buttons in a direct message must say which partnership they act on. */
    static Reply bind(Reply reply, Partnership p) {
        List<Block> blocks = reply.blocks().stream().map(b -> {
            if (b instanceof Block.Buttons bs) {
                return (Block) new Block.Buttons(bs.buttons().stream().map(x -> x.inPartnership(p.id())).toList());
            }
            if (b instanceof Block.ListBlock l) {
                return new Block.ListBlock(l.title(), l.items().stream().map(i -> new Block.Item(i.line(),
                        i.button() == null ? null : i.button().inPartnership(p.id()))).toList(), l.emptyText());
            }
            return b;
        }).toList();
        return new Reply(reply.audience(), blocks);
    }
}

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
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.duties.Duty;
import org.partnerbot.core.meetings.Meeting;
import org.partnerbot.core.partnership.Agency;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Span;

/**
 * The words of every reminder, in the language they are written in (the channel's or the reader's). Lists come from the same views as `agenda`, `duties` and `actions`, so a
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
    public Reply agendaCall(Texts t, Partnership p, Instant meetingAt, List<Agency> agencies, List<AgendaItem> pending,
                            List<Duty> duties, Instant now) {
        Reply.Builder reply = Reply.channel().heading(t.t("reminder.agendaCall", p.name()));
        reply.line(t.line("reminder.nextMeeting", t.time(meetingAt, p.zone(), Span.TimeStyle.DATE_TIME)));
        if (p.hasPurpose()) {
            reply.note(t.t("reminder.purpose", p.purpose()));
        }
        agendaView.agenda(t, p, reply);
        Set<Long> heardFrom = pending.stream().map(AgendaItem::agencyId).filter(Objects::nonNull).collect(Collectors.toSet());
        List<String> silent = agencies.stream().filter(a -> !heardFrom.contains(a.id())).map(Agency::name).toList();
        if (!silent.isEmpty()) {
            reply.text(t.t("reminder.silent", String.join(", ", silent)));
        }
        reply.note(t.line("reminder.addItem", code(t.t("reminder.agendaAddCode"))));
        dutyWarnings(t, duties, now, reply);
        return reply.build();
    }

    /** At the start time: the agenda, open actions to review, and duties nobody (or everybody) owns. */
    public Reply meetingStart(Texts t, Partnership p, Instant startAt, int minutes, List<Action> open, List<Duty> duties,
                              Instant now) {
        Reply.Builder reply = Reply.channel().heading(t.t("reminder.meetingTime", p.name()));
        reply.line(t.line("reminder.startingNow", t.time(startAt, p.zone(), Span.TimeStyle.TIME), minutes, code("#startmeeting")));
        agendaView.agenda(t, p, reply);
        LocalDate today = ReminderRules.today(p.zone(), now);
        if (!open.isEmpty()) {
            reply.text(t.t("reminder.openForReview", open.size()));
            actionsView.ownerSections(t, open, today, reply);
        }
        dutyWarnings(t, duties, now, reply);
        return reply.build();
    }

    /** The duties reminder: only the duties that need someone, or an all-clear when asked for. */
    public Reply duties(Texts t, Partnership p, List<Duty> duties, Instant now) {
        Reply.Builder reply = Reply.channel().heading(t.t("reminder.dutiesTitle", p.name()));
        if (duties.stream().noneMatch(DutyStreaks::flagged)) {
            return reply.text(t.t("reminder.dutiesClear")).build();
        }
        dutyWarnings(t, duties, now, reply);
        return reply.build();
    }

    /** To a chair: duties flagged in two reminders in a row. */
    public Reply dutiesEscalation(Texts t, Partnership p, List<Duty> escalated, Instant now) {
        Reply.Builder reply = Reply.channel().heading(t.t("reminder.dutiesEscalation", p.name()));
        reply.text(t.t("reminder.dutiesFlagged", DutyStreaks.ESCALATE_AT));
        dutyWarnings(t, escalated, now, reply);
        reply.note(t.line("reminder.dutiesHow", code(t.t("reminder.dutyClaimCode")), code(t.t("reminder.dutyReleaseCode"))));
        return bind(reply.build(), p);
    }

    /** The morning after a meeting: its actions nobody took. */
    public Reply unassignedActions(Texts t, Partnership p, Meeting m, List<Action> unassigned, Instant now) {
        Reply.Builder reply = Reply.channel().heading(t.t("reminder.unassignedTitle", m.title()));
        reply.line(t.line("reminder.unassignedLeft", t.time(m.startedAt(), p.zone(), Span.TimeStyle.DATE), unassigned.size()));
        actionsView.ownerSections(t, unassigned, ReminderRules.today(p.zone(), now), reply);
        reply.note(t.line("reminder.takeOne", code(t.t("reminder.actionTakeCode"))));
        return reply.build();
    }

    /** To a chair: actions of a meeting still unowned days after the reminder. */
    public Reply actionsEscalation(Texts t, Partnership p, Meeting m, List<Action> unassigned, Instant now) {
        Reply.Builder reply = Reply.channel().heading(t.t("reminder.actionsEscalation", p.name()));
        reply.line(t.line("reminder.stillUnowned", m.title(), t.time(m.startedAt(), p.zone(), Span.TimeStyle.DATE),
                ReminderRules.ACTION_ESCALATION_DAYS));
        actionsView.ownerSections(t, unassigned, ReminderRules.today(p.zone(), now), reply);
        reply.note(t.line("reminder.giveOwner", code(t.t("reminder.actionAssignCode"))));
        return bind(reply.build(), p);
    }

    /** To an owner (or each member of the owning agency): an action past its due date. */
    public Reply overdue(Texts t, Partnership p, Action a, Instant now) {
        LocalDate today = ReminderRules.today(p.zone(), now);
        Reply.Builder reply = Reply.channel().heading(t.t("reminder.overdueTitle", p.name()));
        reply.line(t.line("reminder.overdueLine", ActionsView.line(t, a, today), a.owner(t)));
        reply.buttons(ActionsView.doneButton(t, a));
        reply.note(t.line("reminder.overdueNote", code("action done " + a.number())));
        return bind(reply.build(), p);
    }

    /** `remind now actions`: unassigned and overdue actions in one list. */
    public Reply actionsNeedingAttention(Texts t, Partnership p, List<Action> unassignedOrOverdue, Instant now) {
        Reply.Builder reply = Reply.channel().heading(t.t("reminder.attentionTitle", p.name()));
        if (unassignedOrOverdue.isEmpty()) {
            return reply.text(t.t("reminder.attentionClear")).build();
        }
        actionsView.ownerSections(t, unassignedOrOverdue, ReminderRules.today(p.zone(), now), reply);
        return reply.build();
    }

    /** The UNASSIGNED and DUPLICATED sections, with how long each duty has been like that. */
    static void dutyWarnings(Texts t, List<Duty> duties, Instant now, Reply.Builder reply) {
        List<Duty> unassigned = duties.stream().filter(Duty::unassigned).toList();
        List<Duty> duplicated = duties.stream().filter(Duty::duplicated).toList();
        if (!unassigned.isEmpty()) {
            reply.list(t.t("reminder.unassignedDuties"), unassigned.stream().map(d -> new Block.Item(
                    t.line("reminder.unownedFor", DutiesView.nameAndDescription(d), age(t, d, now)),
                    DutiesView.claimButton(t, d))).toList(), null);
        }
        if (!duplicated.isEmpty()) {
            reply.list(t.t("reminder.duplicatedDuties"),
                    duplicated.stream().map(d -> Block.Item.of(DutiesView.withOwners(d))).toList(), null);
        }
    }

    /** "2 weeks", "3 days", "less than a day": roughly, as a person would say it. */
    static String age(Texts t, Duty d, Instant now) {
        long days = Duration.between(d.ownersChangedAt(), now).toDays();
        if (days >= 7) {
            return t.t("reminder.weeks", days / 7);
        }
        return days >= 1 ? t.t("reminder.days", days) : t.t("reminder.lessThanADay");
    }

    private static Line code(String text) {
        return Line.builder().code(text).build();
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

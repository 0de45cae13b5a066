package org.partnerbot.core.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

/**
 * Actions as people read them. {@code actions} shows one action log grouped by owning agency, each action once with
 * its owner, due date and status, then UNASSIGNED; minutes and reminders list actions by owner.
 */
public final class ActionsView {

    /**
     * The action log: a list per owning agency (agencies in name order, then actions whose owner has no agency), each
     * action once with owner, due date and status and a Mark done button; then UNASSIGNED with Take buttons.
     */
    public Reply.Builder log(Texts t, Partnership p, List<Action> open, LocalDate today, Reply.Builder reply) {
        reply.heading(t.t("record.actions.heading", p.name(), open.size()));
        if (open.isEmpty()) {
            return reply.text(t.t("record.actions.none"));
        }
        Map<String, List<Action>> byAgency = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<Action> noAgency = new ArrayList<>();
        open.stream().filter(a -> !a.unassigned()).forEach(a -> {
            if (a.owningAgency() == null) {
                noAgency.add(a);
            } else {
                byAgency.computeIfAbsent(a.owningAgency(), k -> new ArrayList<>()).add(a);
            }
        });
        byAgency.forEach((agency, list) -> reply.list(t.t("record.actions.logOf", agency), items(t, list, today), null));
        if (!noAgency.isEmpty()) {
            reply.list(t.t("record.actions.logNoAgency"), items(t, noAgency, today), null);
        }
        unassigned(t, open, today, reply);
        return reply;
    }

    private static List<Block.Item> items(Texts t, List<Action> list, LocalDate today) {
        return list.stream().map(a -> new Block.Item(logLine(t, a, today), a.open() ? doneButton(t, a) : null)).toList();
    }

    /** "1. check the address history · pat (Police) · due 2026-11-20 · OVERDUE, AT RISK: the archive is slow". */
    public static Line logLine(Texts t, Action a, LocalDate today) {
        return t.line("record.actions.logLine", String.valueOf(a.number()), a.text(), a.owner(t),
                a.due() == null ? t.t("record.actions.dueNotSet") : a.due().toString(), a.statusText(t, today));
    }

    /** One list per owner, then UNASSIGNED with Take buttons. */
    public void ownerSections(Texts t, List<Action> actions, LocalDate today, Reply.Builder reply) {
        Map<String, List<Action>> byOwner = new LinkedHashMap<>();
        actions.stream().filter(a -> !a.unassigned())
                .forEach(a -> byOwner.computeIfAbsent(a.ownerKeyForGrouping(), k -> new ArrayList<>()).add(a));
        byOwner.values().forEach(list -> reply.list(list.get(0).owner(t).plain(),
                list.stream().map(a -> new Block.Item(line(t, a, today), a.open() ? doneButton(t, a) : null)).toList(), null));
        unassigned(t, actions, today, reply);
    }

    private static void unassigned(Texts t, List<Action> actions, LocalDate today, Reply.Builder reply) {
        List<Action> unassigned = actions.stream().filter(Action::unassigned).toList();
        if (!unassigned.isEmpty()) {
            reply.list(t.t("record.actions.unassigned"), unassigned.stream()
                    .map(a -> new Block.Item(line(t, a, today), a.open() ? takeButton(t, a) : null)).toList(), null);
        }
    }

    public Reply.Builder mine(Texts t, List<Action> mine, LocalDate today, Reply.Builder reply) {
        return reply.list(t.t("record.actions.mine", mine.size()),
                mine.stream().map(a -> new Block.Item(withOwner(t, a, today), doneButton(t, a))).toList(),
                t.t("record.actions.mineNone"));
    }

    /** "1. check the address history — due 2026-11-20 (OVERDUE) [AT RISK: the archive is slow]". */
    public static Line line(Texts t, Action a, LocalDate today) {
        Line.Builder b = Line.builder().text(t.t("record.actions.numbered", String.valueOf(a.number()), a.text()));
        if (a.due() != null) {
            b.text(t.t(a.overdue(today) ? "record.actions.dueOverdue" : "record.actions.due", a.due().toString()));
        }
        if (!a.open()) {
            b.text(t.t("record.actions.bracketed", a.statusText(t, today)));
        } else if (a.progress() != null) {
            String progress = a.progress().word(t);
            b.text(t.t("record.actions.bracketed", a.note() == null ? progress
                    : t.t("record.action.status.withNote", progress, a.note())));
        }
        return b.build();
    }

    private static Line withOwner(Texts t, Action a, LocalDate today) {
        return t.line("record.actions.withOwner", line(t, a, today), a.owner(t));
    }

    public static Button takeButton(Texts t, Action a) {
        return Button.of(t.t("record.actions.take"), "action.take", "action take " + a.number());
    }

    public static Button doneButton(Texts t, Action a) {
        return Button.of(t.t("record.actions.done"), "action.done", "action done " + a.number());
    }
}

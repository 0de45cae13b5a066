package org.partnerbot.core.actions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

/** Actions grouped by owner with UNASSIGNED last, shared by `actions`, minutes and reminders. */
public final class ActionsView {

    public Reply.Builder byOwner(Partnership p, List<Action> open, LocalDate today, Reply.Builder reply) {
        reply.heading("Open actions of " + p.name() + " (" + open.size() + ")");
        if (open.isEmpty()) {
            return reply.text("No open actions.");
        }
        ownerSections(open, today, reply);
        byAgency(open, today, reply);
        return reply;
    }

    /** One list per owner, then UNASSIGNED with Take buttons. */
    public void ownerSections(List<Action> actions, LocalDate today, Reply.Builder reply) {
        Map<String, List<Action>> byOwner = new LinkedHashMap<>();
        actions.stream().filter(a -> !a.unassigned())
                .forEach(a -> byOwner.computeIfAbsent(a.ownerKeyForGrouping(), k -> new java.util.ArrayList<>()).add(a));
        byOwner.values().forEach(list -> reply.list(list.get(0).owner().plain(),
                list.stream().map(a -> new Block.Item(line(a, today), a.open() ? doneButton(a) : null)).toList(), null));
        List<Action> unassigned = actions.stream().filter(Action::unassigned).toList();
        if (!unassigned.isEmpty()) {
            reply.list("UNASSIGNED — nobody owns these yet",
                    unassigned.stream().map(a -> new Block.Item(line(a, today), a.open() ? takeButton(a) : null)).toList(), null);
        }
    }

    /**
     * The action log by owning agency: each action with its owner, due date and status (overdue derived from the date),
     * agencies in name order, actions nobody's agency owns last.
     */
    public void byAgency(List<Action> actions, LocalDate today, Reply.Builder reply) {
        Map<String, List<Action>> byAgency = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        actions.forEach(a -> byAgency.computeIfAbsent(a.owningAgency() == null ? "~" : a.owningAgency(),
                k -> new java.util.ArrayList<>()).add(a));
        byAgency.forEach((agency, list) -> reply.list("Action log — " + (agency.equals("~") ? "no agency" : agency),
                list.stream().map(a -> Block.Item.of(Line.builder().text(a.number() + ". " + a.text() + " · ").append(a.owner())
                        .text(" · due " + (a.due() == null ? "not set" : a.due().toString()) + " · " + a.statusText(today))
                        .build())).toList(), null));
    }

    public Reply.Builder mine(List<Action> mine, LocalDate today, Reply.Builder reply) {
        return reply.list("Your open actions (" + mine.size() + ")",
                mine.stream().map(a -> new Block.Item(withOwner(a, today), doneButton(a))).toList(),
                "Nothing open for you or your agency.");
    }

    public static Line line(Action a, LocalDate today) {
        Line.Builder b = Line.builder().text(a.number() + ". " + a.text());
        if (a.due() != null) {
            b.text(" — due " + a.due());
            if (a.overdue(today)) {
                b.text(" (OVERDUE)");
            }
        }
        if (!a.open()) {
            b.text(" [" + a.statusText(today) + "]");
        } else if (a.progress() != null) {
            b.text(" [" + a.progress().word() + (a.note() == null ? "" : ": " + a.note()) + "]");
        }
        return b.build();
    }

    private static Line withOwner(Action a, LocalDate today) {
        return Line.builder().append(line(a, today)).text(" · ").append(a.owner()).build();
    }

    public static Button takeButton(Action a) {
        return Button.of("Take", "action.take", "action take " + a.number());
    }

    public static Button doneButton(Action a) {
        return Button.of("Mark done", "action.done", "action done " + a.number());
    }
}

package org.partnerbot.core.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerbot.core.actions.Action;
import org.partnerbot.core.actions.Actions;
import org.partnerbot.core.actions.ActionsView;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.i18n.Messages;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Agency;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Span;

/**
 * Minutes from stored data: topics with what was said under them, decisions, actions by owner with
 * UNASSIGNED, who was present with lines said, and each agency's share of the talking.
 */
public final class MinutesView {

    private final Meetings meetings;
    private final Actions actions;
    private final Members members;
    private final Agencies agencies;
    private final ActionsView actionsView;
    private final List<MeetingHook> hooks;
    private final OfficialRecord record;
    private final Messages messages;

    public MinutesView(Meetings meetings, Actions actions, Members members, Agencies agencies, ActionsView actionsView,
                       List<MeetingHook> hooks) {
        this(meetings, actions, members, agencies, actionsView, hooks, null, IcuMessages.standard());
    }

    /** @param record the official record, for the classification that heads and foots the minutes (null: none) */
    public MinutesView(Meetings meetings, Actions actions, Members members, Agencies agencies, ActionsView actionsView,
                       List<MeetingHook> hooks, OfficialRecord record, Messages messages) {
        this.messages = messages;
        this.record = record;
        this.meetings = meetings;
        this.actions = actions;
        this.members = members;
        this.agencies = agencies;
        this.actionsView = actionsView;
        this.hooks = List.copyOf(hooks);
    }

    /** The minutes in English (exports and callers that do not know their reader). */
    public Reply.Builder minutes(Partnership p, Meeting m, Reply.Builder reply) {
        return minutes(messages.in(Language.EN), p, m, reply);
    }

    /** The minutes written in {@code t}'s language. */
    public Reply.Builder minutes(Texts t, Partnership p, Meeting m, Reply.Builder reply) {
        List<MeetingEntry> entries = meetings.entries(m.id());
        String marking = record == null ? null : record.rules(p.id()).classification();
        reply.heading("Minutes: " + m.title());
        if (marking != null) {
            reply.note("Classification: " + marking);
        }
        Line.Builder when = Line.builder().text(p.name() + " · ").time(m.startedAt(), p.zone(), Span.TimeStyle.DATE_TIME);
        if (m.endedAt() != null) {
            when.text("–").time(m.endedAt(), p.zone(), Span.TimeStyle.TIME);
        }
        members.findById(m.chairId()).ifPresent(c -> when.text(" · chair ").append(c.mention()));
        reply.line(when.build());
        if (p.hasPurpose()) {
            reply.note("Purpose: " + p.purpose());
        }
        List<Action> recorded = actions.ofMeeting(m.id());
        topics(entries, recorded, reply);
        List<MeetingEntry> decisions = entries.stream().filter(e -> e.kind().decision()).toList();
        reply.list("Decisions (" + decisions.size() + ")",
                decisions.stream().map(e -> Block.Item.of(Line.of(e.kind() == EntryKind.AGREED ? e.text()
                        : e.kind().name() + ": " + e.text()))).toList(), "None recorded.");
        LocalDate day = m.startedAt().atZone(p.zone()).toLocalDate();
        reply.heading("Actions (" + recorded.size() + ")");
        if (recorded.isEmpty()) {
            reply.text("None recorded.");
        } else {
            actionsView.ownerSections(recorded, day, reply);
        }
        List<Attendance> present = meetings.attendance(m.id());
        attendance(present, reply);
        silentAgencies(p, present, reply);
        hooks.forEach(h -> h.onMinutes(t, p, m, reply));
        if (marking != null) {
            reply.note("Classification: " + marking);
        }
        return reply;
    }

    private static void topics(List<MeetingEntry> entries, List<Action> recorded, Reply.Builder reply) {
        Map<String, List<Block.Item>> byTopic = new LinkedHashMap<>();
        String current = "Before the first topic";
        for (MeetingEntry e : entries) {
            if (e.kind() == EntryKind.TOPIC) {
                current = e.text() + " (entry " + e.number() + ")";
                byTopic.computeIfAbsent(current, k -> new ArrayList<>());
                continue;
            }
            Line.Builder line = Line.builder().text("[" + e.number() + "] ").append(entryLine(e));
            Action action = recorded.stream().filter(a -> e.actionId() != null && a.id() == e.actionId()).findFirst().orElse(null);
            if (action != null) {
                line.text(" → ").append(action.owner());
            } else {
                line.text(" (").person(e.memberKey(), e.memberName()).text(")");
            }
            byTopic.computeIfAbsent(current, k -> new ArrayList<>()).add(Block.Item.of(line.build()));
        }
        if (byTopic.isEmpty()) {
            reply.list("Topics", List.of(), "No topics recorded.");
        }
        int n = 1;
        for (Map.Entry<String, List<Block.Item>> topic : byTopic.entrySet()) {
            boolean preamble = topic.getKey().equals("Before the first topic") && !entries.isEmpty()
                    && entries.get(0).kind() != EntryKind.TOPIC;
            String title = preamble ? topic.getKey() : "Topic " + n++ + ": " + topic.getKey();
            reply.list(title, topic.getValue(), "Nothing recorded.");
        }
    }

    /** "INFO: 12 exclusions", "LINK: the report — https://…": an entry as the minutes word it. */
    static Line entryLine(MeetingEntry e) {
        Line.Builder b = Line.builder().text(e.kind().name() + ": " + e.text());
        if (e.url() != null && !e.url().equals(e.text())) {
            b.text(" — " + e.url());
        }
        return b.build();
    }

    /** Agencies that said nothing: the quiet voices a partnership most needs to hear are named, not hidden. */
    private void silentAgencies(Partnership p, List<Attendance> present, Reply.Builder reply) {
        List<String> silent = agencies.list(p.id()).stream()
                .filter(a -> present.stream().noneMatch(t -> t.agencyId() != null && t.agencyId() == a.id() && t.lines() > 0))
                .map(Agency::name).toList();
        if (!silent.isEmpty()) {
            reply.note("Silent at this meeting: " + String.join(", ", silent) + ".");
        }
    }

    private static void attendance(List<Attendance> present, Reply.Builder reply) {
        int total = present.stream().mapToInt(Attendance::lines).sum();
        reply.list("People present (" + present.size() + ") — lines said (" + LinesSaid.WHAT_COUNTS + ")",
                present.stream().map(a -> Block.Item.of(Line.builder().person(a.userKey(), a.displayName())
                        .text(a.agencyName() == null ? " (no agency)" : " (" + a.agencyName() + ")")
                        .text(": " + a.lines()).build())).toList(),
                "Nobody said anything.");
        if (total == 0) {
            return;
        }
        Map<String, Integer> byAgency = new LinkedHashMap<>();
        present.forEach(a -> byAgency.merge(a.agencyName() == null ? "No agency" : a.agencyName(), a.lines(), Integer::sum));
        reply.list("Share of lines by agency", byAgency.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> Block.Item.of(Line.of(Bars.bar(e.getKey(), e.getValue(), total)))).toList(), null);
    }
}

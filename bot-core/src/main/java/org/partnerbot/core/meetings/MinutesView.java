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
        reply.heading(t.t("record.minutes.heading", m.title()));
        if (marking != null) {
            reply.note(t.t("record.minutes.classification", marking));
        }
        Line.Builder when = Line.builder().text(p.name() + " · ").time(m.startedAt(), p.zone(), Span.TimeStyle.DATE_TIME,
                t.language().code());
        if (m.endedAt() != null) {
            when.text("–").time(m.endedAt(), p.zone(), Span.TimeStyle.TIME, t.language().code());
        }
        members.findById(m.chairId()).ifPresent(c -> when.append(t.line("record.minutes.chair", c.mention())));
        reply.line(when.build());
        if (p.hasPurpose()) {
            reply.note(t.t("record.minutes.purpose", p.purpose()));
        }
        List<Action> recorded = actions.ofMeeting(m.id());
        topics(t, entries, recorded, reply);
        List<MeetingEntry> decisions = entries.stream().filter(e -> e.kind().decision()).toList();
        reply.list(t.t("record.minutes.decisions", decisions.size()),
                decisions.stream().map(e -> Block.Item.of(Line.of(e.kind() == EntryKind.AGREED ? e.text()
                        : t.t("record.minutes.entry", kind(t, e.kind()), e.text())))).toList(),
                t.t("record.minutes.noneRecorded"));
        LocalDate day = m.startedAt().atZone(p.zone()).toLocalDate();
        reply.heading(t.t("record.minutes.actions", recorded.size()));
        if (recorded.isEmpty()) {
            reply.text(t.t("record.minutes.noneRecorded"));
        } else {
            actionsView.ownerSections(t, recorded, day, reply);
        }
        List<Attendance> present = meetings.attendance(m.id());
        attendance(t, present, reply);
        silentAgencies(t, p, present, reply);
        hooks.forEach(h -> h.onMinutes(t, p, m, reply));
        if (marking != null) {
            reply.note(t.t("record.minutes.classification", marking));
        }
        return reply;
    }

    /** "INFO", "GWYBODAETH": how the minutes name a kind of entry. */
    static String kind(Texts t, EntryKind kind) {
        return t.t("record.entry." + kind.name());
    }

    private static void topics(Texts t, List<MeetingEntry> entries, List<Action> recorded, Reply.Builder reply) {
        // Entries before the first #topic are kept under a preamble (key null), then each topic in order.
        Map<MeetingEntry, List<Block.Item>> byTopic = new LinkedHashMap<>();
        List<Block.Item> preamble = new ArrayList<>();
        MeetingEntry current = null;
        for (MeetingEntry e : entries) {
            if (e.kind() == EntryKind.TOPIC) {
                current = e;
                byTopic.put(e, new ArrayList<>());
                continue;
            }
            Line.Builder line = Line.builder().text("[" + e.number() + "] ").append(entryLine(t, e));
            Action action = recorded.stream().filter(a -> e.actionId() != null && a.id() == e.actionId()).findFirst().orElse(null);
            if (action != null) {
                line.text(" → ").append(action.owner(t));
            } else {
                line.text(" (").person(e.memberKey(), e.memberName()).text(")");
            }
            (current == null ? preamble : byTopic.get(current)).add(Block.Item.of(line.build()));
        }
        if (byTopic.isEmpty() && preamble.isEmpty()) {
            reply.list(t.t("record.minutes.topics"), List.of(), t.t("record.minutes.noTopics"));
        }
        if (!preamble.isEmpty()) {
            reply.list(t.t("record.minutes.beforeFirstTopic"), preamble, t.t("record.minutes.nothingRecorded"));
        }
        int n = 1;
        for (Map.Entry<MeetingEntry, List<Block.Item>> topic : byTopic.entrySet()) {
            reply.list(t.t("record.minutes.topic", n++, topic.getKey().text(), String.valueOf(topic.getKey().number())),
                    topic.getValue(), t.t("record.minutes.nothingRecorded"));
        }
    }

    /** "INFO: 12 exclusions", "LINK: the report — https://…": an entry as the minutes word it. */
    static Line entryLine(Texts t, MeetingEntry e) {
        Line.Builder b = Line.builder().text(t.t("record.minutes.entry", kind(t, e.kind()), e.text()));
        if (e.url() != null && !e.url().equals(e.text())) {
            b.text(" — " + e.url());
        }
        return b.build();
    }

    /** Agencies that said nothing: the quiet voices a partnership most needs to hear are named, not hidden. */
    private void silentAgencies(Texts t, Partnership p, List<Attendance> present, Reply.Builder reply) {
        List<String> silent = agencies.list(p.id()).stream()
                .filter(a -> present.stream().noneMatch(x -> x.agencyId() != null && x.agencyId() == a.id() && x.lines() > 0))
                .map(Agency::name).toList();
        if (!silent.isEmpty()) {
            reply.note(t.t("record.minutes.silent", String.join(", ", silent)));
        }
    }

    private static void attendance(Texts t, List<Attendance> present, Reply.Builder reply) {
        int total = present.stream().mapToInt(Attendance::lines).sum();
        reply.list(t.t("record.minutes.present", present.size(), t.t("record.minutes.whatCounts")),
                present.stream().map(a -> Block.Item.of(Line.builder().person(a.userKey(), a.displayName())
                        .text(a.agencyName() == null ? t.t("record.minutes.noAgencyOfPerson")
                                : t.t("record.action.ownerAgencyOfPerson", a.agencyName()))
                        .text(": " + a.lines()).build())).toList(),
                t.t("record.minutes.nobodySpoke"));
        if (total == 0) {
            return;
        }
        Map<String, Integer> byAgency = new LinkedHashMap<>();
        present.forEach(a -> byAgency.merge(a.agencyName() == null ? t.t("record.minutes.noAgency") : a.agencyName(),
                a.lines(), Integer::sum));
        reply.list(t.t("record.minutes.share"), byAgency.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> Block.Item.of(Line.of(Bars.bar(e.getKey(), e.getValue(), total)))).toList(), null);
    }
}

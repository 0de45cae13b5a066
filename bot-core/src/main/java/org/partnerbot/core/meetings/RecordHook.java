package org.partnerbot.core.meetings;

import java.util.List;
import java.util.Optional;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Agency;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Span;

/**
 * What the official record adds to a meeting: at the start the confidentiality statement and whether the meeting is
 * quorate; at the end whether it was (and why not); in the minutes attendance by agency, quorum, draft or approved,
 * corrections and amendments.
 */
public final class RecordHook implements MeetingHook {

    private final Meetings meetings;
    private final OfficialRecord record;
    private final Agencies agencies;
    private final Members members;

    public RecordHook(Meetings meetings, OfficialRecord record, Agencies agencies, Members members) {
        this.meetings = meetings;
        this.record = record;
        this.agencies = agencies;
        this.members = members;
    }

    @Override
    public void onStart(Partnership p, Meeting m, Reply.Builder reply) {
        // The one who starts the meeting is there.
        members.findById(m.chairId()).ifPresent(c -> record.here(m.id(), c.id(), c.agencyId(), c.id(), false));
        OfficialRecord.Rules rules = record.rules(p.id());
        if (rules.confidentiality() != null) {
            reply.note("Confidentiality: " + rules.confidentiality() + " — say `#here` to record that you are present and"
                    + " accept it.");
        } else {
            reply.note("Say `#here` to record that you are present; `#apologies <agency|@user> [info sent]` for those who"
                    + " are not.");
        }
        quorumNow(record, meetings, agencies, p, m).ifPresent(reply::note);
    }

    /** "Quorum: NOT quorate yet: …" or "Quorum: quorate …" for a live meeting; empty when no rule is set. */
    static Optional<String> quorumNow(OfficialRecord record, Meetings meetings, Agencies agencies, Partnership p, Meeting m) {
        List<Agency> all = agencies.list(p.id());
        List<AgencyRoll.AgencyAtMeeting> roll = AgencyRoll.of(all, meetings.attendance(m.id()), record.presence(m.id()),
                record.apologies(m.id()));
        return Quorum.line(record.rules(p.id()), all, AgencyRoll.presentAgencies(roll))
                .map(line -> "Quorum so far: " + line + ".");
    }

    @Override
    public void onEnd(Partnership p, Meeting m) {
        if (record.inquorateReason(m.id()).isPresent()) {
            return;
        }
        List<Agency> all = agencies.list(p.id());
        Quorum.whyNot(record.rules(p.id()), all, AgencyRoll.presentAgencies(roll(p, m, all))).ifPresent(
                why -> record.inquorate(m.id(), why));
    }

    private List<AgencyRoll.AgencyAtMeeting> roll(Partnership p, Meeting m, List<Agency> all) {
        return AgencyRoll.of(all, meetings.attendance(m.id()), record.presence(m.id()), record.apologies(m.id()));
    }

    @Override
    public void onMinutes(Partnership p, Meeting m, Reply.Builder minutes) {
        List<Agency> all = agencies.list(p.id());
        List<AgencyRoll.AgencyAtMeeting> roll = roll(p, m, all);
        List<OfficialRecord.Apology> apologies = record.apologies(m.id());
        minutes.list("Attendance by agency", roll.stream().map(r -> Block.Item.of(Line.of(standing(r, apologies)))).toList(),
                "No agencies yet.");
        OfficialRecord.Rules rules = record.rules(p.id());
        Optional<String> inquorate = record.inquorateReason(m.id());
        if (inquorate.isPresent()) {
            minutes.text("Quorum: NOT quorate — " + inquorate.get()
                    + (rules.quorum() == null ? "" : " (quorum: " + Quorum.rule(rules, all) + ")"));
        } else {
            Quorum.line(rules, all, AgencyRoll.presentAgencies(roll)).ifPresent(l -> minutes.text("Quorum: " + l));
        }
        List<String> accepted = record.presence(m.id()).stream().filter(OfficialRecord.Presence::accepted)
                .map(OfficialRecord.Presence::displayName).toList();
        if (rules.confidentiality() != null) {
            minutes.note("Accepted the confidentiality statement: " + (accepted.isEmpty() ? "nobody recorded"
                    : String.join(", ", accepted)) + ".");
        }
        corrections(m, minutes);
        approval(p, m, minutes);
    }

    private static String standing(AgencyRoll.AgencyAtMeeting r, List<OfficialRecord.Apology> apologies) {
        String name = r.agency().name();
        return switch (r.standing()) {
            case PRESENT -> name + ": present — " + String.join(", ", r.people());
            case APOLOGIES -> {
                List<String> from = apologies.stream().filter(a -> a.agencyId() != null && a.agencyId() == r.agency().id()
                        && a.displayName() != null).map(OfficialRecord.Apology::displayName).distinct().toList();
                yield name + ": apologies" + (from.isEmpty() ? "" : " from " + String.join(", ", from))
                        + (r.infoSent() ? " (information sent)" : " (no information sent)");
            }
            case ABSENT -> name + ": absent";
        };
    }

    private void corrections(Meeting m, Reply.Builder minutes) {
        List<MeetingEntry> entries = meetings.entries(m.id());
        List<OfficialRecord.Edit> edits = record.edits(m.id());
        if (edits.isEmpty()) {
            return;
        }
        minutes.list("Corrections (" + edits.size() + ")", edits.stream().map(e -> {
            int number = entries.stream().filter(x -> x.id() == e.entryId()).mapToInt(MeetingEntry::number).findFirst().orElse(0);
            return Block.Item.of(Line.builder().text("Entry " + number + " corrected by ").person(e.userKey(), e.displayName())
                    .text("; it read: " + e.oldText()).build());
        }).toList(), null);
    }

    private void approval(Partnership p, Meeting m, Reply.Builder minutes) {
        Optional<OfficialRecord.Approval> approval = record.approval(m.id());
        if (approval.isEmpty()) {
            minutes.note("Status: DRAFT — a chair approves these minutes with `minutes approve`, normally at the next meeting.");
            Integer days = record.rules(p.id()).minutesDueDays();
            if (days != null) {
                minutes.note("Due for approval and circulation by " + WorkingDays.after(m.startedAt().atZone(p.zone())
                        .toLocalDate(), days) + " (" + days + " working days after the meeting).");
            }
            return;
        }
        OfficialRecord.Approval a = approval.get();
        minutes.note(Line.builder().text("Status: APPROVED ").time(a.at(), p.zone(), Span.TimeStyle.DATE).text(" by ")
                .person(a.userKey(), a.displayName()).text("; locked, amendments are appended.").build());
        List<OfficialRecord.Amendment> amendments = record.amendments(m.id());
        if (!amendments.isEmpty()) {
            minutes.list("Amendments (" + amendments.size() + ")", amendments.stream().map(x -> Block.Item.of(
                    Line.builder().text(x.on() + ": " + x.text() + " (").person(x.userKey(), x.displayName()).text(")").build()))
                    .toList(), null);
        }
    }
}

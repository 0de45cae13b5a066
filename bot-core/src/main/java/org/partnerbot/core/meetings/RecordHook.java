package org.partnerbot.core.meetings;

import java.util.List;
import java.util.Optional;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Language;
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
 * What the official record adds to a meeting: at the start the confidentiality statement and whether the meeting is
 * quorate; at the end whether it was (and why not); in the minutes attendance by agency, quorum, draft or approved,
 * corrections and amendments.
 */
public final class RecordHook implements MeetingHook {

    /** For callers that do not know their reader; the words still come from the bundle. */
    private static final Texts ENGLISH = IcuMessages.standard().in(Language.EN);

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
        onStart(ENGLISH, p, m, reply);
    }

    @Override
    public void onStart(Texts t, Partnership p, Meeting m, Reply.Builder reply) {
        // The one who starts the meeting is there.
        members.findById(m.chairId()).ifPresent(c -> record.here(m.id(), c.id(), c.agencyId(), c.id(), false));
        OfficialRecord.Rules rules = record.rules(p.id());
        if (rules.confidentiality() != null) {
            reply.note(t.t("record.start.confidentiality", rules.confidentiality()));
        } else {
            reply.note(t.t("record.start.roll"));
        }
        quorumNow(t, record, meetings, agencies, p, m).ifPresent(reply::note);
    }

    /** "Quorum: NOT quorate yet: …" or "Quorum: quorate …" for a live meeting; empty when no rule is set. */
    static Optional<String> quorumNow(Texts t, OfficialRecord record, Meetings meetings, Agencies agencies, Partnership p,
                                      Meeting m) {
        List<Agency> all = agencies.list(p.id());
        List<AgencyRoll.AgencyAtMeeting> roll = AgencyRoll.of(all, meetings.attendance(m.id()), record.presence(m.id()),
                record.apologies(m.id()));
        return Quorum.line(t, record.rules(p.id()), all, AgencyRoll.presentAgencies(roll))
                .map(line -> t.t("record.quorum.soFar", line));
    }

    /** The rule's finding is recorded in the channel's words, as the minutes that report it were posted. */
    @Override
    public void onEnd(Texts t, Partnership p, Meeting m) {
        if (record.inquorateReason(m.id()).isPresent()) {
            return;
        }
        List<Agency> all = agencies.list(p.id());
        Quorum.whyNot(t, record.rules(p.id()), all, AgencyRoll.presentAgencies(roll(p, m, all))).ifPresent(
                why -> record.inquorate(m.id(), why));
    }

    private List<AgencyRoll.AgencyAtMeeting> roll(Partnership p, Meeting m, List<Agency> all) {
        return AgencyRoll.of(all, meetings.attendance(m.id()), record.presence(m.id()), record.apologies(m.id()));
    }

    @Override
    public void onMinutes(Partnership p, Meeting m, Reply.Builder minutes) {
        onMinutes(ENGLISH, p, m, minutes);
    }

    @Override
    public void onMinutes(Texts t, Partnership p, Meeting m, Reply.Builder minutes) {
        List<Agency> all = agencies.list(p.id());
        List<AgencyRoll.AgencyAtMeeting> roll = roll(p, m, all);
        List<OfficialRecord.Apology> apologies = record.apologies(m.id());
        minutes.list(t.t("record.minutes.attendance"), roll.stream()
                .map(r -> Block.Item.of(Line.of(standing(t, r, apologies)))).toList(), t.t("record.minutes.noAgencies"));
        OfficialRecord.Rules rules = record.rules(p.id());
        Optional<String> inquorate = record.inquorateReason(m.id());
        if (inquorate.isPresent()) {
            minutes.text(rules.quorum() == null ? t.t("record.minutes.inquorate", inquorate.get())
                    : t.t("record.minutes.inquorateRule", inquorate.get(), Quorum.rule(t, rules, all)));
        } else {
            Quorum.line(t, rules, all, AgencyRoll.presentAgencies(roll))
                    .ifPresent(l -> minutes.text(t.t("record.minutes.quorum", l)));
        }
        List<String> accepted = record.presence(m.id()).stream().filter(OfficialRecord.Presence::accepted)
                .map(OfficialRecord.Presence::displayName).toList();
        if (rules.confidentiality() != null) {
            minutes.note(accepted.isEmpty() ? t.t("record.minutes.acceptedNobody")
                    : t.t("record.minutes.accepted", String.join(", ", accepted)));
        }
        corrections(t, m, minutes);
        approval(t, p, m, minutes);
    }

    private static String standing(Texts t, AgencyRoll.AgencyAtMeeting r, List<OfficialRecord.Apology> apologies) {
        String name = r.agency().name();
        return switch (r.standing()) {
            case PRESENT -> t.t("record.standing.present", name, String.join(", ", r.people()));
            case APOLOGIES -> {
                List<String> from = apologies.stream().filter(a -> a.agencyId() != null && a.agencyId() == r.agency().id()
                        && a.displayName() != null).map(OfficialRecord.Apology::displayName).distinct().toList();
                String info = t.t(r.infoSent() ? "record.standing.infoSent" : "record.standing.noInfoSent");
                yield from.isEmpty() ? t.t("record.standing.apologies", name, info)
                        : t.t("record.standing.apologiesFrom", name, String.join(", ", from), info);
            }
            case ABSENT -> t.t("record.standing.absent", name);
        };
    }

    private void corrections(Texts t, Meeting m, Reply.Builder minutes) {
        List<MeetingEntry> entries = meetings.entries(m.id());
        List<OfficialRecord.Edit> edits = record.edits(m.id());
        if (edits.isEmpty()) {
            return;
        }
        minutes.list(t.t("record.minutes.corrections", edits.size()), edits.stream().map(e -> {
            int number = entries.stream().filter(x -> x.id() == e.entryId()).mapToInt(MeetingEntry::number).findFirst().orElse(0);
            return Block.Item.of(t.line("record.minutes.correction", String.valueOf(number),
                    Line.builder().person(e.userKey(), e.displayName()).build(), e.oldText()));
        }).toList(), null);
    }

    private void approval(Texts t, Partnership p, Meeting m, Reply.Builder minutes) {
        Optional<OfficialRecord.Approval> approval = record.approval(m.id());
        if (approval.isEmpty()) {
            minutes.note(t.t("record.minutes.draft"));
            Integer days = record.rules(p.id()).minutesDueDays();
            if (days != null) {
                minutes.note(t.t("record.minutes.dueBy", WorkingDays.after(m.startedAt().atZone(p.zone()).toLocalDate(), days)
                        .toString(), days));
            }
            return;
        }
        OfficialRecord.Approval a = approval.get();
        minutes.note(t.line("record.minutes.approved", t.time(a.at(), p.zone(), Span.TimeStyle.DATE),
                Line.builder().person(a.userKey(), a.displayName()).build()));
        List<OfficialRecord.Amendment> amendments = record.amendments(m.id());
        if (!amendments.isEmpty()) {
            minutes.list(t.t("record.minutes.amendments", amendments.size()), amendments.stream().map(x -> Block.Item.of(
                    t.line("record.minutes.amendment", x.on().toString(), x.text(),
                            Line.builder().person(x.userKey(), x.displayName()).build()))).toList(), null);
        }
    }
}

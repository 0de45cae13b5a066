package org.partnerbot.core.meetings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerbot.core.access.Access;
import org.partnerbot.core.command.CommandText;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Dates;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.command.UserRefs;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Agency;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Representatives;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/**
 * The commands that make minutes the official record: representatives, attendance and apologies, quorum, marking and
 * confidentiality, approval, corrections and amendments.
 */
public final class RecordCommands implements CommandSet {

    static final int MAX_MARKING = 200;
    private static final int MAX_TEXT = 2000;
    private static final int MAX_DUE_DAYS = 60;
    private static final Pattern INFO_SENT = Pattern.compile("(?i)\\s+info(?:rmation)?\\s+sent\\s*$");
    private static final Pattern QUORUM = Pattern.compile("(?i)(\\d{1,3})(?:\\s+agencies|\\s+agency)?(?:\\s+including\\s+(.+))?");
    private static final Pattern DUE = Pattern.compile("(?i)(\\d{1,3})\\s+working\\s+days?");

    /** The standard markings; anything else is the partnership's own words, kept as typed. */
    private enum Marking {
        OFFICIAL, OFFICIAL_SENSITIVE;

        String written() {
            return name().replace('_', '-');
        }
    }

    private final Meetings meetings;
    private final OfficialRecord record;
    private final Representatives representatives;
    private final Agencies agencies;
    private final Access access;
    private final MeetingChairs chairs;

    public RecordCommands(Meetings meetings, OfficialRecord record, Representatives representatives, Agencies agencies,
                          Access access, MeetingChairs chairs) {
        this.meetings = meetings;
        this.record = record;
        this.representatives = representatives;
        this.agencies = agencies;
        this.access = access;
        this.chairs = chairs;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                command("agency rep").requires("<agency> @user").role(Role.ADMIN)
                        .does("name who speaks for an agency at meetings", in -> rep(in, Representatives.Role.REP)),
                command("agency deputy").requires("<agency> @user").role(Role.ADMIN)
                        .does("name who stands in for an agency's representative", in -> rep(in, Representatives.Role.DEPUTY)),
                command("quorum").requires("<N> [including <agency>[, <agency>…]]").role(Role.ADMIN)
                        .does("the rule that makes a meeting valid", this::quorum),
                command("classification").requires("OFFICIAL|OFFICIAL-SENSITIVE|<text>").role(Role.ADMIN)
                        .does("the marking at the head and foot of minutes and exports", this::classification),
                command("confidentiality").requires("<statement>").role(Role.ADMIN)
                        .does("the statement shown at #startmeeting; #here records that a person accepts it", this::confidentiality),
                command("minutes due").requires("<N> working days").role(Role.ADMIN)
                        .does("when draft minutes should be approved and circulated after a meeting", this::due),
                command("#here").optional("[@user]").does("record that you are present (a chair may name someone)", this::here),
                command("#apologies").requires("<agency|@user> [info sent]")
                        .does("record apologies for an agency or a person, and whether information was sent", this::apologies),
                command("#inquorate").requires("<reason>").role(Role.CHAIR).does("record why the meeting is inquorate",
                        this::inquorate),
                command("minutes approve").optional("[<YYYY-MM-DD>]").role(Role.CHAIR)
                        .does("approve draft minutes (the latest, or that day's); approved minutes are locked", this::approve),
                command("minutes amend").requires("<YYYY-MM-DD> <text>").role(Role.CHAIR)
                        .does("append a dated amendment to approved minutes", this::amend),
                command("minutes edit").requires("<entry> <new text>").role(Role.CHAIR)
                        .does("correct a numbered entry of the draft minutes; the earlier wording is kept", this::edit));
    }

    private Reply rep(Invocation in, Representatives.Role role) {
        String args = in.args().strip();
        Optional<UserRefs.Mention> mention = UserRefs.first(args);
        if (mention.isEmpty() || mention.get().start() == 0 || !args.substring(mention.get().end()).isBlank()) {
            throw new UserError(in.t("record.rep.needs", in.spec().words()), in.spec());
        }
        Agency agency = agency(in, args.substring(0, mention.get().start()).strip());
        Member who = access.member(in.partnership(), in.workspace(), mention.get());
        representatives.set(agency.id(), role, who.id());
        Line bold = Line.builder().strong(agency.name()).build();
        return in.toChannel(t -> Reply.channel().line(t.line("record.rep.set." + role.name(), who.mention(), bold)).build());
    }

    private Agency agency(Invocation in, String name) {
        return agencies.findByName(in.partnershipId(), name).orElseThrow(() -> new UserError(
                in.t("record.agency.unknown", abbreviate(name), in.partnership().name()), in.spec()));
    }

    private Reply quorum(Invocation in) {
        Matcher m = QUORUM.matcher(in.args().strip());
        if (!m.matches()) {
            throw new UserError(in.t("record.quorum.how"), in.spec());
        }
        // An agency that does not exist is the chair's real slip: name it before judging the number.
        List<Long> including = new ArrayList<>();
        if (m.group(2) != null) {
            for (String name : m.group(2).split("\\s*(?:,|\\band\\b)\\s*")) {
                if (!name.isBlank()) {
                    including.add(agency(in, name.strip()).id());
                }
            }
        }
        int n = Integer.parseInt(m.group(1));
        List<Agency> all = agencies.list(in.partnershipId());
        if (n < 1 || n > all.size()) {
            throw new UserError(in.t("record.quorum.range", all.size(), in.partnership().name()), in.spec());
        }
        record.setQuorum(in.partnershipId(), n, including);
        OfficialRecord.Rules rules = record.rules(in.partnershipId());
        return in.toChannel(t -> Reply.channel().text(t.t("record.quorum.set", in.partnership().name(),
                Quorum.rule(t, rules, all))).build());
    }

    private Reply classification(Invocation in) {
        String text = in.args().strip();
        if (text.length() > MAX_MARKING) {
            throw new UserError(in.t("record.classification.tooLong", MAX_MARKING), in.spec());
        }
        // The Government Security Classifications are written in capitals however they were typed.
        String marking = java.util.Arrays.stream(Marking.values()).map(Marking::written).filter(text::equalsIgnoreCase)
                .findFirst().orElse(text);
        record.setClassification(in.partnershipId(), marking);
        Line bold = Line.builder().strong(marking).build();
        return in.toChannel(t -> Reply.channel().line(t.line("record.classification.set", bold)).build());
    }

    private Reply confidentiality(Invocation in) {
        String text = in.args().strip();
        if (text.length() > MAX_TEXT) {
            throw new UserError(in.t("record.confidentiality.tooLong", MAX_TEXT), in.spec());
        }
        record.setConfidentiality(in.partnershipId(), text);
        return in.toChannel(t -> Reply.channel().text(t.t("record.confidentiality.set", text)).build());
    }

    private Reply due(Invocation in) {
        Matcher m = DUE.matcher(in.args().strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(1)) > MAX_DUE_DAYS) {
            throw new UserError(in.t("record.minutesDue.usage", MAX_DUE_DAYS), in.spec());
        }
        int days = Integer.parseInt(m.group(1));
        record.setMinutesDue(in.partnershipId(), days);
        return in.toChannel(t -> Reply.channel().text(t.t("record.minutesDue.set", days)).build());
    }

    private Reply here(Invocation in) {
        Meeting m = live(in);
        Member who = in.asker();
        if (!in.args().isBlank()) {
            if (!in.asker().canChair() && !chairs.chairsLiveMeeting(in.partnershipId(), in.asker().id())) {
                throw new UserError(in.t("record.here.onlyChair"), in.spec());
            }
            who = access.member(in.partnership(), in.workspace(), UserRefs.only(in.args().strip(), in.spec()));
        }
        boolean self = who.id() == in.asker().id();
        String statement = record.rules(in.partnershipId()).confidentiality();
        record.here(m.id(), who.id(), who.agencyId(), in.asker().id(), self && statement != null);
        Member present = who;
        boolean accepted = self && statement != null;
        return in.toChannel(t -> {
            String key = "record.here." + (present.hasAgency() ? "for" : "noAgency") + (accepted ? "Accepts" : "");
            Reply.Builder reply = Reply.channel().line(present.hasAgency() ? t.line(key, present.mention(), present.agencyName())
                    : t.line(key, present.mention()));
            RecordHook.quorumNow(t, record, meetings, agencies, in.partnership(), m).ifPresent(reply::note);
            return reply.build();
        });
    }

    private Reply apologies(Invocation in) {
        Meeting m = live(in);
        String args = in.args().strip();
        Matcher sent = INFO_SENT.matcher(args);
        boolean infoSent = sent.find();
        String target = infoSent ? args.substring(0, sent.start()).strip() : args;
        Optional<UserRefs.Mention> mention = UserRefs.first(target);
        Agency agency;
        Member person = null;
        if (mention.isPresent() && mention.get().start() == 0) {
            person = access.member(in.partnership(), in.workspace(), UserRefs.only(target, in.spec()));
            if (!person.hasAgency()) {
                throw new UserError(in.t("record.apologies.noAgency", person.displayName()), in.spec());
            }
            agency = agencies.findByName(in.partnershipId(), person.agencyName()).orElseThrow();
        } else {
            agency = agency(in, target);
        }
        record.apologise(m.id(), agency.id(), person == null ? null : person.id(), infoSent);
        Line from = person != null ? Line.builder().append(person.mention()).text(" (" + agency.name() + ")").build()
                : Line.builder().strong(agency.name()).build();
        return in.toChannel(t -> Reply.channel().line(t.line(infoSent ? "record.apologies.infoSent" : "record.apologies.noInfo",
                from)).build());
    }

    private Reply inquorate(Invocation in) {
        Meeting m = live(in);
        String reason = in.args().strip();
        if (reason.length() > MAX_TEXT) {
            throw new UserError(in.t("record.inquorate.tooLong", MAX_TEXT), in.spec());
        }
        record.inquorate(m.id(), reason);
        Line bold = Line.builder().strong(reason).build();
        return in.toChannel(t -> Reply.channel().line(t.line("record.inquorate.set", bold)).build());
    }

    private Reply approve(Invocation in) {
        Meeting m = ended(in, in.args().strip());
        LocalDate day = day(in, m);
        record.approval(m.id()).ifPresent(a -> {
            throw new UserError(in.t("record.approve.already", day.toString(), a.at().atZone(in.partnership().zone())
                    .toLocalDate().toString()), in.spec());
        });
        record.approve(m.id(), in.asker().id());
        Line which = Line.builder().strong(m.title() + " (" + day + ")").build();
        return in.toChannel(t -> Reply.channel().line(t.line("record.approve.done", which, in.asker().mention(), day.toString()))
                .build());
    }

    private Reply amend(Invocation in) {
        String[] parts = in.args().strip().split("\\s+", 2);
        if (parts.length < 2) {
            throw new UserError(in.t("record.amend.needs"), in.spec());
        }
        Meeting m = ended(in, parts[0]);
        LocalDate day = day(in, m);
        if (record.approval(m.id()).isEmpty()) {
            throw new UserError(in.t("record.amend.draft", day.toString()), in.spec());
        }
        String text = parts[1].strip();
        if (text.length() > MAX_TEXT) {
            throw new UserError(in.t("record.amend.tooLong", MAX_TEXT), in.spec());
        }
        LocalDate today = in.now().atZone(in.partnership().zone()).toLocalDate();
        record.amend(m.id(), today, text, in.asker().id());
        Line bold = Line.builder().strong(text).build();
        return in.toChannel(t -> Reply.channel().line(t.line("record.amend.done", today.toString(), day.toString(), bold))
                .build());
    }

    private Reply edit(Invocation in) {
        String[] parts = in.args().strip().split("\\s+", 2);
        if (parts.length < 2 || !parts[0].matches("\\d{1,5}")) {
            throw new UserError(in.t("record.edit.needs"), in.spec());
        }
        Meeting m = meetings.lastEnded(in.partnershipId())
                .orElseThrow(() -> new UserError(in.t("record.edit.noMinutes")));
        LocalDate day = day(in, m);
        if (record.approval(m.id()).isPresent()) {
            throw new UserError(in.t("record.edit.locked", day.toString()), in.spec());
        }
        int number = Integer.parseInt(parts[0]);
        MeetingEntry entry = meetings.entries(m.id()).stream().filter(e -> e.number() == number).findFirst()
                .orElseThrow(() -> new UserError(in.t("record.edit.noEntry", day.toString(), String.valueOf(number)), in.spec()));
        String text = parts[1].strip();
        if (text.length() > MAX_TEXT) {
            throw new UserError(in.t("record.edit.tooLong", MAX_TEXT), in.spec());
        }
        record.edit(entry.id(), text, in.asker().id());
        Line bold = Line.builder().strong(text).build();
        return in.toChannel(t -> Reply.channel().line(t.line("record.edit.done", String.valueOf(number), day.toString(), bold,
                entry.text())).build());
    }

    private Meeting ended(Invocation in, String date) {
        if (date.isEmpty() || date.equalsIgnoreCase("last")) {
            return meetings.lastEnded(in.partnershipId())
                    .orElseThrow(() -> new UserError(in.t("record.minutes.noneYet")));
        }
        LocalDate day = Dates.parse(date, in.spec(), in.texts());
        ZoneId zone = in.partnership().zone();
        return meetings.endedBetween(in.partnershipId(), day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant()).stream().findFirst()
                .orElseThrow(() -> new UserError(in.t("record.minutes.noneFor", day.toString()), in.spec()));
    }

    private static LocalDate day(Invocation in, Meeting m) {
        return m.startedAt().atZone(in.partnership().zone()).toLocalDate();
    }

    private Meeting live(Invocation in) {
        return meetings.live(in.partnershipId()).orElseThrow(() -> new UserError(in.t("record.noLiveMeeting"), in.spec()));
    }

    private static String abbreviate(String s) {
        return CommandText.shortened(s, 60);
    }
}

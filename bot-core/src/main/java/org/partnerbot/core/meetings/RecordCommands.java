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
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Dates;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.command.UserRefs;
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
            throw new UserError("`" + in.spec().words() + "` needs an agency, then a person, e.g. `" + in.spec().words()
                    + " Police @dan`.", in.spec());
        }
        Agency agency = agency(in, args.substring(0, mention.get().start()).strip());
        Member who = access.member(in.partnership(), in.workspace(), mention.get());
        representatives.set(agency.id(), role, who.id());
        return Reply.channel().line(Line.builder().append(who.mention()).text(" is now the " + role.word() + " of ")
                .strong(agency.name()).text(".").build()).build();
    }

    private Agency agency(Invocation in, String name) {
        return agencies.findByName(in.partnershipId(), name).orElseThrow(() -> new UserError(
                "\"" + abbreviate(name) + "\" is not an agency of " + in.partnership().name() + ". `agencies` lists them.",
                in.spec()));
    }

    private Reply quorum(Invocation in) {
        Matcher m = QUORUM.matcher(in.args().strip());
        if (!m.matches()) {
            throw new UserError("Write the quorum as a number of agencies, e.g. `quorum 3 including Children's Social Care`.",
                    in.spec());
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
            throw new UserError("The quorum must be between 1 and the " + all.size() + " agencies of " + in.partnership().name()
                    + ".", in.spec());
        }
        record.setQuorum(in.partnershipId(), n, including);
        return Reply.channel().text("Quorum of " + in.partnership().name() + ": "
                + Quorum.rule(record.rules(in.partnershipId()), all) + ".").build();
    }

    private Reply classification(Invocation in) {
        String text = in.args().strip();
        if (text.length() > MAX_MARKING) {
            throw new UserError("A marking is at most " + MAX_MARKING + " characters.", in.spec());
        }
        String marking = text.equalsIgnoreCase("official") || text.equalsIgnoreCase("official-sensitive")
                ? text.toUpperCase(Locale.ROOT) : text;
        record.setClassification(in.partnershipId(), marking);
        return Reply.channel().line(Line.builder().text("Minutes and exports are now marked ").strong(marking).text(".").build())
                .build();
    }

    private Reply confidentiality(Invocation in) {
        String text = in.args().strip();
        if (text.length() > MAX_TEXT) {
            throw new UserError("The statement is at most " + MAX_TEXT + " characters.", in.spec());
        }
        record.setConfidentiality(in.partnershipId(), text);
        return Reply.channel().text("Confidentiality statement set; it is shown at #startmeeting, and #here records who"
                + " accepts it: " + text).build();
    }

    private Reply due(Invocation in) {
        Matcher m = DUE.matcher(in.args().strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(1)) > MAX_DUE_DAYS) {
            throw new UserError("Write it as `minutes due <N> working days`, N from 1 to " + MAX_DUE_DAYS + ".", in.spec());
        }
        int days = Integer.parseInt(m.group(1));
        record.setMinutesDue(in.partnershipId(), days);
        return Reply.channel().text("Draft minutes are due for approval and circulation " + days
                + " working day(s) after each meeting.").build();
    }

    private Reply here(Invocation in) {
        Meeting m = live(in);
        Member who = in.asker();
        if (!in.args().isBlank()) {
            if (!in.asker().canChair() && !chairs.chairsLiveMeeting(in.partnershipId(), in.asker().id())) {
                throw new UserError("Only a chair of this meeting can mark someone else present; say `#here` for yourself.",
                        in.spec());
            }
            who = access.member(in.partnership(), in.workspace(), UserRefs.only(in.args().strip(), in.spec()));
        }
        boolean self = who.id() == in.asker().id();
        String statement = record.rules(in.partnershipId()).confidentiality();
        record.here(m.id(), who.id(), who.agencyId(), in.asker().id(), self && statement != null);
        Line.Builder line = Line.builder().append(who.mention()).text(" is here")
                .text(who.hasAgency() ? " for " + who.agencyName() : " (no agency)");
        if (self && statement != null) {
            line.text(", and accepts the confidentiality statement");
        }
        Reply.Builder reply = Reply.channel().line(line.text(".").build());
        RecordHook.quorumNow(in.channelTexts().get(0), record, meetings, agencies, in.partnership(), m).ifPresent(reply::note);
        return reply.build();
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
                throw new UserError(person.displayName() + " has no agency yet, so I can't say whose apologies these are."
                        + " They can `agency join <name>`.", in.spec());
            }
            agency = agencies.findByName(in.partnershipId(), person.agencyName()).orElseThrow();
        } else {
            agency = agency(in, target);
        }
        record.apologise(m.id(), agency.id(), person == null ? null : person.id(), infoSent);
        Line.Builder line = Line.builder().text("Apologies from ");
        if (person != null) {
            line.append(person.mention()).text(" (" + agency.name() + ")");
        } else {
            line.strong(agency.name());
        }
        return Reply.channel().line(line.text(infoSent ? ", information sent." : ", no information sent.").build()).build();
    }

    private Reply inquorate(Invocation in) {
        Meeting m = live(in);
        String reason = in.args().strip();
        if (reason.length() > MAX_TEXT) {
            throw new UserError("The reason is at most " + MAX_TEXT + " characters.", in.spec());
        }
        record.inquorate(m.id(), reason);
        return Reply.channel().line(Line.builder().text("Recorded: this meeting is inquorate — ").strong(reason).build()).build();
    }

    private Reply approve(Invocation in) {
        Meeting m = ended(in, in.args().strip());
        LocalDate day = day(in, m);
        record.approval(m.id()).ifPresent(a -> {
            throw new UserError("The minutes of " + day + " were already approved on " + a.at().atZone(in.partnership().zone())
                    .toLocalDate() + "; they are locked. `minutes amend " + day + " <text>` appends an amendment.", in.spec());
        });
        record.approve(m.id(), in.asker().id());
        return Reply.channel().line(Line.builder().text("The minutes of ").strong(m.title() + " (" + day + ")")
                .text(" are approved by ").append(in.asker().mention())
                .text(" and now locked: corrections are appended with `minutes amend " + day + " <text>`.").build()).build();
    }

    private Reply amend(Invocation in) {
        String[] parts = in.args().strip().split("\\s+", 2);
        if (parts.length < 2) {
            throw new UserError("`minutes amend` needs a date and the amendment's text.", in.spec());
        }
        Meeting m = ended(in, parts[0]);
        LocalDate day = day(in, m);
        if (record.approval(m.id()).isEmpty()) {
            throw new UserError("The minutes of " + day + " are still a draft: correct an entry with `minutes edit <entry>"
                    + " <text>`, or approve them first.", in.spec());
        }
        String text = parts[1].strip();
        if (text.length() > MAX_TEXT) {
            throw new UserError("An amendment is at most " + MAX_TEXT + " characters.", in.spec());
        }
        LocalDate today = in.now().atZone(in.partnership().zone()).toLocalDate();
        record.amend(m.id(), today, text, in.asker().id());
        return Reply.channel().line(Line.builder().text("Amendment of " + today + " appended to the minutes of " + day + ": ")
                .strong(text).build()).build();
    }

    private Reply edit(Invocation in) {
        String[] parts = in.args().strip().split("\\s+", 2);
        if (parts.length < 2 || !parts[0].matches("\\d{1,5}")) {
            throw new UserError("`minutes edit` needs an entry number (as the minutes show it, e.g. [3]) and the new text.",
                    in.spec());
        }
        Meeting m = meetings.lastEnded(in.partnershipId())
                .orElseThrow(() -> new UserError("No meeting has ended here yet, so there are no minutes to correct."));
        LocalDate day = day(in, m);
        if (record.approval(m.id()).isPresent()) {
            throw new UserError("The minutes of " + day + " are approved and locked; `minutes amend " + day
                    + " <text>` appends an amendment.", in.spec());
        }
        int number = Integer.parseInt(parts[0]);
        MeetingEntry entry = meetings.entries(m.id()).stream().filter(e -> e.number() == number).findFirst()
                .orElseThrow(() -> new UserError("The minutes of " + day + " have no entry " + number + ".", in.spec()));
        String text = parts[1].strip();
        if (text.length() > MAX_TEXT) {
            throw new UserError("An entry is at most " + MAX_TEXT + " characters.", in.spec());
        }
        record.edit(entry.id(), text, in.asker().id());
        return Reply.channel().line(Line.builder().text("Entry " + number + " of the draft minutes of " + day + " now reads: ")
                .strong(text).text(" (was: " + entry.text() + ")").build()).build();
    }

    private Meeting ended(Invocation in, String date) {
        if (date.isEmpty() || date.equalsIgnoreCase("last")) {
            return meetings.lastEnded(in.partnershipId())
                    .orElseThrow(() -> new UserError("No meeting has ended here yet, so there are no minutes."));
        }
        LocalDate day = Dates.parse(date, in.spec());
        ZoneId zone = in.partnership().zone();
        return meetings.endedBetween(in.partnershipId(), day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant()).stream().findFirst()
                .orElseThrow(() -> new UserError("No minutes for " + day + ".", in.spec()));
    }

    private static LocalDate day(Invocation in, Meeting m) {
        return m.startedAt().atZone(in.partnership().zone()).toLocalDate();
    }

    private Meeting live(Invocation in) {
        return meetings.live(in.partnershipId()).orElseThrow(() -> new UserError(
                "No meeting is running. A chair starts one with `#startmeeting [title]`.", in.spec()));
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}

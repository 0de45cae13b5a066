package org.partnerbot.core.meetings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnerbot.core.access.Access;
import org.partnerbot.core.actions.Action;
import org.partnerbot.core.actions.Actions;
import org.partnerbot.core.actions.ActionsView;
import org.partnerbot.core.agenda.AgendaItem;
import org.partnerbot.core.agenda.AgendaItems;
import org.partnerbot.core.agenda.AgendaView;
import org.partnerbot.core.audit.AuditEvent;
import org.partnerbot.core.audit.AuditLog;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Dates;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/** Live minutes in the MeetBot style, and the stored minutes afterwards. */
public final class MeetingCommands implements CommandSet {

    private static final int MAX_TITLE = 300;
    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("(?i)https?://[^\\s<>|\"]+");

    private final Meetings meetings;
    private final AgendaItems agenda;
    private final AgendaView agendaView;
    private final Actions actions;
    private final Agencies agencies;
    private final MinutesView minutesView;
    private final List<MeetingHook> hooks;
    private final Access access;
    private final AuditLog audit;

    public MeetingCommands(Meetings meetings, AgendaItems agenda, AgendaView agendaView, Actions actions,
                           Agencies agencies, MinutesView minutesView, List<MeetingHook> hooks,
                           Access access, AuditLog audit) {
        this.access = access;
        this.audit = audit;
        this.meetings = meetings;
        this.agenda = agenda;
        this.agendaView = agendaView;
        this.actions = actions;
        this.agencies = agencies;
        this.minutesView = minutesView;
        this.hooks = List.copyOf(hooks);
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                command("#startmeeting").optional("[title]").role(Role.CHAIR).alias("meeting start")
                        .does("start live minutes", this::start),
                command("#topic").requires("<text>|<agenda item number>").role(Role.CHAIR)
                        .does("move to a topic; naming an agenda item (its number or its full text) marks it discussed",
                                this::topic),
                command("#info").requires("<text>").does("record information", in -> note(in, EntryKind.INFO)),
                command("#idea").requires("<text>").does("record an idea", in -> note(in, EntryKind.IDEA)),
                command("#agreed").requires("<text>").role(Role.CHAIR).does("record a decision", this::agreed),
                command("#action").requires("[@owner|<agency>] <text> [by YYYY-MM-DD]")
                        .does("record an action; no owner named means UNASSIGNED", this::action),
                command("#accepted").requires("<text>").role(Role.CHAIR).does("record a proposal accepted",
                        in -> decision(in, EntryKind.ACCEPTED, "Accepted: ")),
                command("#rejected").requires("<text>").role(Role.CHAIR).does("record a proposal rejected",
                        in -> decision(in, EntryKind.REJECTED, "Rejected: ")),
                command("#link").requires("<url> [text]").does("record a link (a line that starts with a URL does too)",
                        this::link),
                command("#undo").role(Role.CHAIR).does("remove the last entry of the minutes", this::undo),
                command("#chair").requires("@user").role(Role.CHAIR).does("make someone a chair of this meeting",
                        this::chair),
                command("#unchair").requires("@user").role(Role.CHAIR)
                        .does("end someone's chairing of this meeting (the one who started it stays chair)", this::unchair),
                command("#meetingname").requires("<name>").role(Role.CHAIR).does("rename this meeting", this::rename),
                command("#endmeeting").role(Role.CHAIR).alias("meeting end").does("end the meeting and post the minutes", this::end),
                command("minutes").optional("[last|<YYYY-MM-DD>]").does("show stored minutes", this::minutes));
    }

    private Reply start(Invocation in) {
        if (meetings.live(in.partnershipId()).isPresent()) {
            throw new UserError("A meeting is already running here; end it with `#endmeeting` first.");
        }
        String title = in.args().isBlank() ? "Meeting of " + in.partnership().name() : in.args().strip();
        if (title.length() > MAX_TITLE) {
            throw new UserError("That title is " + title.length() + " characters; keep it under " + MAX_TITLE + ".", in.spec());
        }
        Meeting m = meetings.start(in.partnershipId(), title, in.asker().id());
        Reply.Builder reply = Reply.channel().heading("Meeting started: " + title)
                .line(Line.builder().text("Chair: ").append(in.asker().mention()).text(". Started ")
                        .time(m.startedAt(), in.partnership().zone(), org.partnerbot.core.reply.Span.TimeStyle.DATE_TIME).text(".").build());
        if (in.partnership().hasPurpose()) {
            reply.note("Purpose: " + in.partnership().purpose());
        }
        agendaView.agenda(in.partnership(), reply);
        hooks.forEach(h -> h.onStart(in.channelTexts().get(0), in.partnership(), m, reply));
        reply.note("Record with #topic, #info, #idea, #agreed and #action (@owner or agency, `by YYYY-MM-DD`); finish with #endmeeting.");
        return reply.build();
    }

    /**
     * A topic names an agenda item only exactly: by its number ({@code #topic 2}) or its whole text, ignoring case and
     * spacing. Anything else is a topic of its own, and no agenda item is marked discussed by a word it happens to share.
     */
    private Reply topic(Invocation in) {
        Meeting m = live(in);
        String text = in.args().strip();
        String wanted = sameText(text.startsWith("#") ? text.substring(1) : text);
        Optional<AgendaItem> item = agenda.pending(in.partnershipId()).stream()
                .filter(i -> wanted.equals(Integer.toString(i.number())) || sameText(i.text()).equals(sameText(text)))
                .findFirst();
        String title = item.map(AgendaItem::text).orElse(text);
        meetings.record(m.id(), EntryKind.TOPIC, title, in.asker().id(), null);
        item.ifPresent(i -> agenda.markDiscussed(i.id(), m.id()));
        String suffix = item.map(i -> " (agenda item " + i.number() + ")").orElse("");
        return Reply.channel().line(Line.builder().text("Topic: ").strong(title).text(suffix).build()).build();
    }

    private static String sameText(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private Reply note(Invocation in, EntryKind kind) {
        Meeting m = live(in);
        meetings.record(m.id(), kind, in.args().strip(), in.asker().id(), null);
        return Reply.silent();
    }

    private Reply decision(Invocation in, EntryKind kind, String said) {
        Meeting m = live(in);
        meetings.record(m.id(), kind, in.args().strip(), in.asker().id(), null);
        return Reply.channel().line(Line.builder().text(said).strong(in.args().strip()).build()).build();
    }

    private Reply link(Invocation in) {
        Meeting m = live(in);
        String[] parts = in.args().strip().split("\\s+", 2);
        if (!URL.matcher(parts[0]).matches()) {
            throw new UserError("`" + abbreviated(parts[0]) + "` is not a web address: a link starts with https:// or http://.",
                    in.spec());
        }
        String text = parts.length > 1 ? parts[1].strip() : parts[0];
        meetings.recordLink(m.id(), parts[0], text, in.asker().id());
        return Reply.silent();
    }

    private Reply undo(Invocation in) {
        Meeting m = live(in);
        MeetingEntry last = meetings.lastEntry(m.id()).orElseThrow(() -> new UserError(
                in.t("record.undo.nothing"), in.spec()));
        meetings.removeEntry(last.id());
        boolean withdrawn = last.actionId() != null;
        if (withdrawn) {
            actions.withdraw(last.actionId());
        }
        // The agenda item a #topic marked discussed goes back on the agenda, unless another topic still names it.
        List<Integer> reopened = last.kind() == EntryKind.TOPIC && meetings.entries(m.id()).stream()
                .noneMatch(e -> e.kind() == EntryKind.TOPIC && e.text().equals(last.text()))
                ? agenda.unmarkDiscussed(m.id(), last.text()) : List.of();
        return in.toChannel(t -> {
            Line.Builder line = Line.builder().append(t.line(withdrawn ? "record.undo.removedAction" : "record.undo.removed",
                    Line.builder().strong(last.kind().name() + ": " + last.text()).build()));
            reopened.forEach(n -> line.text(t.t("record.undo.agendaReopened", String.valueOf(n))));
            return Reply.channel().line(line.build()).build();
        });
    }

    private Reply chair(Invocation in) {
        Meeting m = live(in);
        org.partnerbot.core.partnership.Member who = access.member(in.partnership(), in.workspace(),
                org.partnerbot.core.command.UserRefs.only(in.args().strip(), in.spec()));
        if (who.id() == m.chairId() || !meetings.addChair(m.id(), who.id())) {
            throw new UserError(who.displayName() + " already chairs this meeting.", in.spec());
        }
        return Reply.channel().line(Line.builder().append(who.mention()).text(" now chairs this meeting too.").build()).build();
    }

    private Reply unchair(Invocation in) {
        Meeting m = live(in);
        org.partnerbot.core.partnership.Member who = access.member(in.partnership(), in.workspace(),
                org.partnerbot.core.command.UserRefs.only(in.args().strip(), in.spec()));
        if (who.id() == m.chairId()) {
            throw new UserError(who.displayName() + " started this meeting and stays its chair.", in.spec());
        }
        if (!meetings.removeChair(m.id(), who.id())) {
            throw new UserError(who.displayName() + " does not chair this meeting.", in.spec());
        }
        return Reply.channel().line(Line.builder().append(who.mention()).text(" no longer chairs this meeting.").build()).build();
    }

    private Reply rename(Invocation in) {
        Meeting m = live(in);
        String name = in.args().strip();
        if (name.length() > MAX_TITLE) {
            throw new UserError("That name is " + name.length() + " characters; keep it under " + MAX_TITLE + ".", in.spec());
        }
        meetings.rename(m.id(), name);
        return Reply.channel().line(Line.builder().text("Meeting name: ").strong(name).build()).build();
    }

    private static String abbreviated(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }

    private Reply agreed(Invocation in) {
        Meeting m = live(in);
        meetings.record(m.id(), EntryKind.AGREED, in.args().strip(), in.asker().id(), null);
        return Reply.channel().line(Line.builder().text("Agreed: ").strong(in.args().strip()).build()).build();
    }

    private Reply action(Invocation in) {
        Meeting m = live(in);
        ActionLine parsed = ActionLine.parse(in.args(), agencies.list(in.partnershipId()), in.spec(), in.texts());
        Long ownerMember = null;
        if (parsed.person() != null) {
            ownerMember = access.member(in.partnership(), in.workspace(), parsed.person()).id();
        }
        Long ownerAgency = parsed.agency() == null ? null : parsed.agency().id();
        Action a = actions.create(in.partnershipId(), parsed.text(), ownerMember, ownerAgency, parsed.due(), m.id(), in.asker().id());
        meetings.record(m.id(), EntryKind.ACTION, parsed.text(), in.asker().id(), a.id());
        LocalDate today = in.now().atZone(in.partnership().zone()).toLocalDate();
        Line.Builder line = Line.builder().text("Action ").append(ActionsView.line(a, today)).text(" · ");
        if (a.unassigned()) {
            return Reply.channel().line(line.text("UNASSIGNED — who will take it?").build())
                    .buttons(ActionsView.takeButton(a)).build();
        }
        return Reply.channel().line(line.text("owner ").append(a.owner()).build()).build();
    }

    private Reply end(Invocation in) {
        Meeting m = live(in);
        meetings.end(m.id());
        int carried = agenda.carryOver(in.partnershipId());
        Meeting ended = meetings.lastEnded(in.partnershipId()).orElseThrow();
        hooks.forEach(h -> h.onEnd(in.partnership(), ended));
        // A bilingual partnership's minutes are written in full in each language, Welsh first.
        return in.toChannel(t -> {
            Reply.Builder minutes = minutesView.minutes(t, in.partnership(), ended, Reply.channel());
            if (carried > 0) {
                minutes.note(t.t("record.minutes.carriedOver", carried));
            }
            return minutes.build();
        });
    }

    private Reply minutes(Invocation in) {
        String arg = in.args().strip();
        if (arg.isEmpty() || arg.equalsIgnoreCase("last")) {
            Meeting m = meetings.lastEnded(in.partnershipId())
                    .orElseThrow(() -> new UserError("No meeting has ended here yet, so there are no minutes."));
            viewed(in, m);
            return minutesView.minutes(in.texts(), in.partnership(), m, Reply.asker()).build();
        }
        LocalDate day = Dates.parse(arg, in.spec());
        ZoneId zone = in.partnership().zone();
        List<Meeting> that = meetings.endedBetween(in.partnershipId(), day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
        if (that.isEmpty()) {
            throw new UserError("No minutes for " + day + ". `minutes last` shows the latest.");
        }
        viewed(in, that.get(0));
        Reply.Builder reply = minutesView.minutes(in.texts(), in.partnership(), that.get(0), Reply.asker());
        if (that.size() > 1) {
            reply.note(that.size() + " meetings that day; this is the latest.");
        }
        return reply.build();
    }

    /** Minutes read outside the channel (a direct message, App Home) are recorded in the audit log. */
    private void viewed(Invocation in, Meeting m) {
        if (in.outsideChannel()) {
            audit.record(in.partnershipId(), in.asker(), null, AuditEvent.MINUTES_VIEWED,
                    "minutes of " + m.startedAt().atZone(in.partnership().zone()).toLocalDate());
        }
    }

    private Meeting live(Invocation in) {
        return meetings.live(in.partnershipId()).orElseThrow(() -> new UserError(
                "No meeting is running. A chair starts one with `#startmeeting [title]`.", in.spec()));
    }
}

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
import org.partnerbot.core.command.CommandText;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Dates;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.i18n.Texts;
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
                        in -> decision(in, EntryKind.ACCEPTED, "record.meeting.accepted")),
                command("#rejected").requires("<text>").role(Role.CHAIR).does("record a proposal rejected",
                        in -> decision(in, EntryKind.REJECTED, "record.meeting.rejected")),
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
            throw new UserError(in.t("record.meeting.alreadyRunning"));
        }
        Texts first = in.channelTexts().get(0);
        String title = in.args().isBlank() ? first.t("record.meeting.defaultTitle", in.partnership().name()) : in.args().strip();
        if (title.length() > MAX_TITLE) {
            throw new UserError(in.t("record.meeting.titleTooLong", title.length(), MAX_TITLE), in.spec());
        }
        Meeting m = meetings.start(in.partnershipId(), title, in.asker().id());
        // In each of the channel's languages; the agenda and the hooks (icebreaker, roll call, matters arising) are
        // added once, to the first, since some of them choose or record something as they write.
        return in.toChannel(t -> {
            Reply.Builder reply = Reply.channel().heading(t.t("record.meeting.started", title))
                    .line(t.line("record.meeting.chairStarted", in.asker().mention(), Line.builder()
                            .time(m.startedAt(), in.partnership().zone(), org.partnerbot.core.reply.Span.TimeStyle.DATE_TIME)
                            .build()));
            if (in.partnership().hasPurpose()) {
                reply.note(t.t("record.minutes.purpose", in.partnership().purpose()));
            }
            if (t == first) {
                agendaView.agenda(t, in.partnership(), reply);
                hooks.forEach(h -> h.onStart(t, in.partnership(), m, reply));
            }
            reply.note(t.t("record.meeting.how"));
            return reply.build();
        });
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
        Line bold = Line.builder().strong(title).build();
        return in.toChannel(t -> Reply.channel().line(item
                .map(i -> t.line("record.meeting.topicItem", bold, String.valueOf(i.number())))
                .orElseGet(() -> t.line("record.meeting.topic", bold))).build());
    }

    private static String sameText(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private Reply note(Invocation in, EntryKind kind) {
        Meeting m = live(in);
        meetings.record(m.id(), kind, in.args().strip(), in.asker().id(), null);
        return Reply.silent();
    }

    private Reply decision(Invocation in, EntryKind kind, String saidKey) {
        Meeting m = live(in);
        meetings.record(m.id(), kind, in.args().strip(), in.asker().id(), null);
        Line bold = Line.builder().strong(in.args().strip()).build();
        return in.toChannel(t -> Reply.channel().line(t.line(saidKey, bold)).build());
    }

    private Reply link(Invocation in) {
        Meeting m = live(in);
        String[] parts = in.args().strip().split("\\s+", 2);
        if (!URL.matcher(parts[0]).matches()) {
            throw new UserError(in.t("record.meeting.notAUrl", abbreviated(parts[0])), in.spec());
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
                    Line.builder().strong(t.t("record.minutes.entry", MinutesView.kind(t, last.kind()), last.text())).build()));
            reopened.forEach(n -> line.text(t.t("record.undo.agendaReopened", String.valueOf(n))));
            return Reply.channel().line(line.build()).build();
        });
    }

    private Reply chair(Invocation in) {
        Meeting m = live(in);
        org.partnerbot.core.partnership.Member who = access.member(in.partnership(), in.workspace(),
                org.partnerbot.core.command.UserRefs.only(in.args().strip(), in.spec()));
        if (who.id() == m.chairId() || !meetings.addChair(m.id(), who.id())) {
            throw new UserError(in.t("record.meeting.alreadyChairs", who.displayName()), in.spec());
        }
        return in.toChannel(t -> Reply.channel().line(t.line("record.meeting.nowChairs", who.mention())).build());
    }

    private Reply unchair(Invocation in) {
        Meeting m = live(in);
        org.partnerbot.core.partnership.Member who = access.member(in.partnership(), in.workspace(),
                org.partnerbot.core.command.UserRefs.only(in.args().strip(), in.spec()));
        if (who.id() == m.chairId()) {
            throw new UserError(in.t("record.meeting.staysChair", who.displayName()), in.spec());
        }
        if (!meetings.removeChair(m.id(), who.id())) {
            throw new UserError(in.t("record.meeting.notAChair", who.displayName()), in.spec());
        }
        return in.toChannel(t -> Reply.channel().line(t.line("record.meeting.noLongerChairs", who.mention())).build());
    }

    private Reply rename(Invocation in) {
        Meeting m = live(in);
        String name = in.args().strip();
        if (name.length() > MAX_TITLE) {
            throw new UserError(in.t("record.meeting.nameTooLong", name.length(), MAX_TITLE), in.spec());
        }
        meetings.rename(m.id(), name);
        Line bold = Line.builder().strong(name).build();
        return in.toChannel(t -> Reply.channel().line(t.line("record.meeting.renamed", bold)).build());
    }

    private static String abbreviated(String s) {
        return CommandText.shortened(s, 60);
    }

    private Reply agreed(Invocation in) {
        Meeting m = live(in);
        meetings.record(m.id(), EntryKind.AGREED, in.args().strip(), in.asker().id(), null);
        Line bold = Line.builder().strong(in.args().strip()).build();
        return in.toChannel(t -> Reply.channel().line(t.line("record.meeting.agreed", bold)).build());
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
        return in.toChannel(t -> a.unassigned()
                ? Reply.channel().line(t.line("record.meeting.actionUnassigned", ActionsView.line(t, a, today)))
                        .buttons(ActionsView.takeButton(t, a)).build()
                : Reply.channel().line(t.line("record.meeting.actionOwned", ActionsView.line(t, a, today), a.owner(t))).build());
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
                    .orElseThrow(() -> new UserError(in.t("record.minutes.noneYet")));
            viewed(in, m);
            return minutesView.minutes(in.texts(), in.partnership(), m, Reply.asker()).build();
        }
        LocalDate day = Dates.parse(arg, in.spec(), in.texts());
        ZoneId zone = in.partnership().zone();
        List<Meeting> that = meetings.endedBetween(in.partnershipId(), day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
        if (that.isEmpty()) {
            throw new UserError(in.t("record.minutes.noneOn", day.toString()));
        }
        viewed(in, that.get(0));
        Reply.Builder reply = minutesView.minutes(in.texts(), in.partnership(), that.get(0), Reply.asker());
        if (that.size() > 1) {
            reply.note(in.t("record.minutes.severalThatDay", that.size()));
        }
        return reply.build();
    }

    /** Minutes read outside the channel (a direct message, App Home) are recorded in the audit log. */
    private void viewed(Invocation in, Meeting m) {
        if (in.outsideChannel()) {
            audit.record(in.partnershipId(), in.asker(), null, AuditEvent.MINUTES_VIEWED,
                    in.texts().in(Language.EN).t("record.audit.minutesViewed", m.startedAt().atZone(in.partnership().zone())
                            .toLocalDate().toString()));
        }
    }

    private Meeting live(Invocation in) {
        return meetings.live(in.partnershipId()).orElseThrow(() -> new UserError(in.t("record.noLiveMeeting"), in.spec()));
    }
}

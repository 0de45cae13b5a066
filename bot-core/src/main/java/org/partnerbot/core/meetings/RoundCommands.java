package org.partnerbot.core.meetings;

import java.util.Comparator;
import java.util.List;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Agency;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/**
 * {@code #round}: the chair asks each agency for its update, quietest first, and the bot keeps track of which
 * answered (its people spoke after being asked), so the quiet agencies are not passed over unnoticed.
 */
public final class RoundCommands implements CommandSet {

    private static final String STATUS = "status";

    private final Meetings meetings;
    private final OfficialRecord record;
    private final Agencies agencies;

    public RoundCommands(Meetings meetings, OfficialRecord record, Agencies agencies) {
        this.meetings = meetings;
        this.record = record;
        this.agencies = agencies;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(command("#round").optional("[status]").role(Role.CHAIR)
                .does("ask each agency in turn for its update, quietest first", this::round));
    }

    private Reply round(Invocation in) {
        Meeting m = meetings.live(in.partnershipId()).orElseThrow(() -> new UserError(
                in.t("record.noLiveMeeting"), in.spec()));
        String arg = in.args().strip();
        if (arg.equalsIgnoreCase(STATUS)) {
            return status(in, m);
        }
        if (!arg.isEmpty()) {
            throw new UserError(in.t("record.round.args", arg), in.spec());
        }
        List<Attendance> said = meetings.attendance(m.id());
        List<Agency> order = agencies.list(in.partnershipId()).stream()
                .sorted(Comparator.comparingInt((Agency a) -> RoundAnswers.lines(said, a.id())).thenComparing(Agency::name))
                .toList();
        if (order.isEmpty()) {
            throw new UserError(in.t("record.round.noAgencies"));
        }
        meetings.record(m.id(), EntryKind.ROUND, String.join(", ", order.stream().map(Agency::name).toList()),
                in.asker().id(), null);
        MeetingEntry entry = meetings.lastEntry(m.id()).orElseThrow();
        record.startRound(entry.id(), order.stream()
                .map(a -> new OfficialRecord.RoundAgency(a.id(), a.name(), RoundAnswers.lines(said, a.id()))).toList());
        return in.toChannel(t -> Reply.channel().list(t.t("record.round.heading"), order.stream()
                .map(a -> Block.Item.of(Line.of(heard(t, a.name(), RoundAnswers.lines(said, a.id()))))).toList(), null)
                .note(t.t("record.round.how")).build());
    }

    private static String heard(Texts t, String agency, int lines) {
        return lines > 0 ? t.t("record.round.hasSpoken", agency, lines) : t.t("record.round.notHeard", agency);
    }

    private Reply status(Invocation in, Meeting m) {
        List<OfficialRecord.Round> rounds = record.rounds(m.id());
        if (rounds.isEmpty()) {
            throw new UserError(in.t("record.round.none"), in.spec());
        }
        List<RoundAnswers.Answer> latest = RoundAnswers.of(rounds, meetings.attendance(m.id())).get(rounds.size() - 1);
        return in.toChannel(t -> {
            Reply.Builder reply = Reply.channel();
            answers(t, latest, reply, "record.round.status");
            return reply.build();
        });
    }

    /** "Agency round — 2 of 4 agencies answered" and each agency, answered or waiting. */
    static void answers(Texts t, List<RoundAnswers.Answer> answers, Reply.Builder reply, String headingKey, Object... more) {
        long answered = answers.stream().filter(RoundAnswers.Answer::answered).count();
        Object[] args = new Object[2 + more.length];
        args[0] = answered;
        args[1] = answers.size();
        System.arraycopy(more, 0, args, 2, more.length);
        reply.list(t.t(headingKey, args), answers.stream().map(a -> Block.Item.of(Line.of(t.t(
                a.answered() ? "record.round.answered" : "record.round.waiting", a.agencyName())))).toList(), null);
    }
}

package org.partnerbot.core.meetings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/**
 * Votes, one per agency: a big agency with ten people in the room has one voice in a vote, as a
 * small one with one person does.
 */
public final class VoteCommands implements CommandSet {

    private static final int MAX_TEXT = 2000;
    private static final List<String> VOTES = List.of("yes", "no", "abstain");

    private final Meetings meetings;
    private final OfficialRecord record;
    private final Agencies agencies;

    public VoteCommands(Meetings meetings, OfficialRecord record, Agencies agencies) {
        this.meetings = meetings;
        this.record = record;
        this.agencies = agencies;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                command("#motion").requires("<text>").role(Role.CHAIR).does("put a motion to the vote, one vote per agency",
                        this::motion),
                command("#vote").requires("yes|no|abstain").does("vote on the open motion for your agency (its latest vote counts)",
                        this::vote),
                command("#close").role(Role.CHAIR).does("close the vote and record the result as a decision", this::close));
    }

    private Reply motion(Invocation in) {
        Meeting m = live(in);
        String text = in.args().strip();
        if (text.length() > MAX_TEXT) {
            throw new UserError(in.t("record.vote.motionTooLong", MAX_TEXT), in.spec());
        }
        record.openMotion(m.id()).ifPresent(open -> {
            throw new UserError(in.t("record.vote.alreadyOpen", open.text()), in.spec());
        });
        record.openMotion(m.id(), text, in.asker().id());
        return in.toChannel(t -> Reply.channel().line(t.line("record.vote.motion", Line.builder().strong(text).build()))
                .build());
    }

    private Reply vote(Invocation in) {
        Meeting m = live(in);
        OfficialRecord.Motion motion = record.openMotion(m.id()).orElseThrow(() -> new UserError(
                in.t("record.vote.noMotion"), in.spec()));
        String vote = in.args().strip().toLowerCase(Locale.ROOT);
        if (!VOTES.contains(vote)) {
            throw new UserError(in.t("record.vote.yesNoAbstain"), in.spec());
        }
        if (!in.asker().hasAgency()) {
            throw new UserError(in.t("record.vote.noAgency"), in.spec());
        }
        Optional<String> replaced = record.vote(motion.id(), in.asker().agencyId(), in.asker().id(), vote);
        Line agency = Line.builder().strong(in.asker().agencyName()).build();
        return in.toChannel(t -> Reply.channel().line(replaced
                .map(r -> t.line("record.vote.votedReplacing", agency, t.t("record.vote.word." + vote), in.asker().mention(), r))
                .orElseGet(() -> t.line("record.vote.voted", agency, t.t("record.vote.word." + vote), in.asker().mention())))
                .build());
    }

    private Reply close(Invocation in) {
        Meeting m = live(in);
        OfficialRecord.Motion motion = record.openMotion(m.id()).orElseThrow(() -> new UserError(
                in.t("record.vote.nothingToClose"), in.spec()));
        List<OfficialRecord.Vote> votes = record.votes(motion.id());
        // Stored as the channel's first language writes it: the minutes keep the result as it was announced.
        String result = result(in.channelTexts().get(0), votes);
        record.closeMotion(motion.id(), result);
        meetings.record(m.id(), EntryKind.VOTE, motion.text() + " — " + result, in.asker().id(), null);
        return in.toChannel(t -> Reply.channel().line(t.line("record.vote.closed", Line.builder().strong(motion.text()).build(),
                result(t, votes))).build());
    }

    /** "carried 3–1, 1 abstained (agencies: yes A, B, C; no D; abstained E)" or "not carried …". */
    static String result(Texts t, List<OfficialRecord.Vote> votes) {
        List<String> yes = names(votes, "yes");
        List<String> no = names(votes, "no");
        List<String> abstained = names(votes, "abstain");
        String outcome = t.t(yes.size() > no.size() ? "record.vote.carried" : "record.vote.notCarried");
        return abstained.isEmpty()
                ? t.t("record.vote.result", outcome, yes.size(), no.size(), list(t, yes), list(t, no))
                : t.t("record.vote.resultAbstained", outcome, yes.size(), no.size(), list(t, yes), list(t, no),
                abstained.size(), list(t, abstained));
    }

    private static List<String> names(List<OfficialRecord.Vote> votes, String vote) {
        return votes.stream().filter(v -> v.vote().equals(vote)).map(OfficialRecord.Vote::agencyName).toList();
    }

    private static String list(Texts t, List<String> names) {
        return names.isEmpty() ? t.t("record.vote.none") : String.join(", ", names);
    }

    private Meeting live(Invocation in) {
        return meetings.live(in.partnershipId()).orElseThrow(() -> new UserError(in.t("record.noLiveMeeting"), in.spec()));
    }
}

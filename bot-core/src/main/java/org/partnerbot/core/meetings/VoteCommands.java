package org.partnerbot.core.meetings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
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
            throw new UserError("A motion is at most " + MAX_TEXT + " characters.", in.spec());
        }
        record.openMotion(m.id()).ifPresent(open -> {
            throw new UserError("A motion is already open: \"" + open.text() + "\". `#close` it first.", in.spec());
        });
        record.openMotion(m.id(), text, in.asker().id());
        return Reply.channel().line(Line.builder().text("Motion: ").strong(text)
                .text(" — vote with `#vote yes`, `#vote no` or `#vote abstain`; one vote per agency, its latest counts.").build())
                .build();
    }

    private Reply vote(Invocation in) {
        Meeting m = live(in);
        OfficialRecord.Motion motion = record.openMotion(m.id()).orElseThrow(() -> new UserError(
                "No motion is open to vote on. A chair opens one with `#motion <text>`.", in.spec()));
        String vote = in.args().strip().toLowerCase(Locale.ROOT);
        if (!VOTES.contains(vote)) {
            throw new UserError("Vote yes, no or abstain.", in.spec());
        }
        if (!in.asker().hasAgency()) {
            throw new UserError("Votes are one per agency, and you have no agency yet: `agency join <name>` first.", in.spec());
        }
        Optional<String> replaced = record.vote(motion.id(), in.asker().agencyId(), in.asker().id(), vote);
        Line.Builder line = Line.builder().strong(in.asker().agencyName()).text(" votes " + vote + " (")
                .append(in.asker().mention()).text(replaced.map(r -> ", replacing " + r + "'s vote").orElse("")).text(").");
        return Reply.channel().line(line.build()).build();
    }

    private Reply close(Invocation in) {
        Meeting m = live(in);
        OfficialRecord.Motion motion = record.openMotion(m.id()).orElseThrow(() -> new UserError(
                "No motion is open to close.", in.spec()));
        List<OfficialRecord.Vote> votes = record.votes(motion.id());
        String result = result(votes);
        record.closeMotion(motion.id(), result);
        meetings.record(m.id(), EntryKind.VOTE, motion.text() + " — " + result, in.asker().id(), null);
        return Reply.channel().line(Line.builder().text("Vote on ").strong(motion.text()).text(": " + result).build()).build();
    }

    /** "carried 3–1, 1 abstained (agencies: yes A, B, C; no D; abstained E)" or "not carried …". */
    static String result(List<OfficialRecord.Vote> votes) {
        List<String> yes = names(votes, "yes");
        List<String> no = names(votes, "no");
        List<String> abstained = names(votes, "abstain");
        StringBuilder b = new StringBuilder(yes.size() > no.size() ? "carried " : "not carried ");
        b.append(yes.size()).append('–').append(no.size());
        if (!abstained.isEmpty()) {
            b.append(", ").append(abstained.size()).append(" abstained");
        }
        b.append(" (agencies: yes ").append(list(yes)).append("; no ").append(list(no));
        if (!abstained.isEmpty()) {
            b.append("; abstained ").append(list(abstained));
        }
        return b.append(')').toString();
    }

    private static List<String> names(List<OfficialRecord.Vote> votes, String vote) {
        return votes.stream().filter(v -> v.vote().equals(vote)).map(OfficialRecord.Vote::agencyName).toList();
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private Meeting live(Invocation in) {
        return meetings.live(in.partnershipId()).orElseThrow(() -> new UserError(
                "No meeting is running. A chair starts one with `#startmeeting [title]`.", in.spec()));
    }
}

package org.partnerbot.core.meetings;

import java.util.List;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Reply;

/** The minutes show each {@code #round}: which agencies answered and which did not. */
public final class AgencyRoundHook implements MeetingHook {

    private final Meetings meetings;
    private final OfficialRecord record;

    public AgencyRoundHook(Meetings meetings, OfficialRecord record) {
        this.meetings = meetings;
        this.record = record;
    }

    @Override
    public void onMinutes(Texts t, Partnership p, Meeting m, Reply.Builder minutes) {
        List<OfficialRecord.Round> rounds = record.rounds(m.id());
        if (rounds.isEmpty()) {
            return;
        }
        List<MeetingEntry> entries = meetings.entries(m.id());
        List<List<RoundAnswers.Answer>> answers = RoundAnswers.of(rounds, meetings.attendance(m.id()));
        for (int i = 0; i < rounds.size(); i++) {
            long entryId = rounds.get(i).entryId();
            int number = entries.stream().filter(e -> e.id() == entryId).mapToInt(MeetingEntry::number).findFirst().orElse(0);
            RoundCommands.answers(t, answers.get(i), minutes, "record.round.minutes", number);
        }
    }
}

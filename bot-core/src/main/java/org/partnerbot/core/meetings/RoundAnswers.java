package org.partnerbot.core.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which agencies answered a {@code #round}: an agency answered when its people said more after the round began than
 * before it (until the next round began), so being asked and then speaking is what counts, not having spoken earlier.
 */
final class RoundAnswers {

    /** One agency of a round, and whether it answered. */
    record Answer(long agencyId, String agencyName, boolean answered) {
    }

    private RoundAnswers() {
    }

    /** Each round's answers, in the order the rounds began; {@code now} is the meeting's lines said so far. */
    static List<List<Answer>> of(List<OfficialRecord.Round> rounds, List<Attendance> now) {
        List<List<Answer>> all = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            Optional<OfficialRecord.Round> next = i + 1 < rounds.size() ? Optional.of(rounds.get(i + 1)) : Optional.empty();
            List<Answer> answers = new ArrayList<>();
            for (OfficialRecord.RoundAgency a : rounds.get(i).asked()) {
                int after = next.flatMap(n -> n.asked().stream().filter(x -> x.agencyId() == a.agencyId()).findFirst())
                        .map(OfficialRecord.RoundAgency::linesBefore).orElseGet(() -> lines(now, a.agencyId()));
                answers.add(new Answer(a.agencyId(), a.agencyName(), after > a.linesBefore()));
            }
            all.add(List.copyOf(answers));
        }
        return all;
    }

    static int lines(List<Attendance> said, long agencyId) {
        return said.stream().filter(t -> Objects.equals(t.agencyId(), agencyId)).mapToInt(Attendance::lines).sum();
    }
}

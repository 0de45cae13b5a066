package org.partnerbot.core.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerbot.core.partnership.Agency;

/**
 * Where each agency stood at a meeting: present (its representative, deputy or another member was marked here or
 * spoke), sent apologies (with or without information), or absent. A pure rule: the minutes and the distribution of
 * draft minutes both read it.
 */
public final class AgencyRoll {

    public enum Standing {
        PRESENT,
        APOLOGIES,
        ABSENT
    }

    /** @param people who was there for it (present only) */
    public record AgencyAtMeeting(Agency agency, Standing standing, List<String> people, boolean infoSent) {
    }

    private AgencyRoll() {
    }

    public static List<AgencyAtMeeting> of(List<Agency> agencies, List<Attendance> spoke, List<OfficialRecord.Presence> here,
                                           List<OfficialRecord.Apology> apologies) {
        List<AgencyAtMeeting> roll = new ArrayList<>();
        for (Agency a : agencies) {
            List<String> people = new ArrayList<>();
            here.stream().filter(p -> Objects.equals(p.agencyId(), a.id())).forEach(p -> people.add(p.displayName()));
            spoke.stream().filter(t -> Objects.equals(t.agencyId(), a.id()) && !people.contains(t.displayName()))
                    .forEach(t -> people.add(t.displayName()));
            if (!people.isEmpty()) {
                roll.add(new AgencyAtMeeting(a, Standing.PRESENT, List.copyOf(people), false));
                continue;
            }
            List<OfficialRecord.Apology> sent = apologies.stream().filter(x -> Objects.equals(x.agencyId(), a.id())).toList();
            if (!sent.isEmpty()) {
                roll.add(new AgencyAtMeeting(a, Standing.APOLOGIES, List.of(),
                        sent.stream().anyMatch(OfficialRecord.Apology::infoSent)));
            } else {
                roll.add(new AgencyAtMeeting(a, Standing.ABSENT, List.of(), false));
            }
        }
        return roll;
    }

    public static Set<Long> presentAgencies(List<AgencyAtMeeting> roll) {
        return roll.stream().filter(r -> r.standing() == Standing.PRESENT).map(r -> r.agency().id()).collect(Collectors.toSet());
    }
}

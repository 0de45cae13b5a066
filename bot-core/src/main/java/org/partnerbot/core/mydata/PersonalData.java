package org.partnerbot.core.mydata;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: everything stored about one person in one workspace, read in the caller's transaction. */
public interface PersonalData {

    /** The person as stored, with each of their memberships; empty when nothing is held. */
    Optional<Person> of(String workspace, String userKey);

    record Person(String workspace, String userKey, String displayName, String timeZone, List<Membership> memberships) {
    }

    /**
     * One membership and what it holds. Lists are lines ready to read (dates ISO-8601, UTC).
     *
     * @param linesSaid per meeting: "2026-11-27 Weekly meeting: 5 lines"
     */
    record Membership(long memberId, String partnership, String status, String source, String agency, boolean admin,
                      boolean chair, Instant joinedAt, List<String> duties, List<String> actions,
                      List<String> agendaItems, List<String> linesSaid, List<String> recorded, List<String> kudosGiven,
                      List<String> kudosReceived, List<String> pairing, List<String> glossary, List<String> audit) {
    }
}

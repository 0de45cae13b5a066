package org.partnerbot.core.mydata;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Port: everything stored about one person in one workspace, read in the caller's transaction. */
public interface PersonalData {

    /** The person as stored, with each of their memberships; empty when nothing is held. */
    Optional<Person> of(String workspace, String userKey);

    record Person(String workspace, String userKey, String displayName, String timeZone, List<Membership> memberships) {
    }

    /**
     * One membership and what it holds, each held thing an {@link Entry} the file writes in its reader's language
     * (dates ISO-8601, UTC).
     */
    record Membership(long memberId, String partnership, String status, String source, String agency, boolean admin,
                      boolean chair, Instant joinedAt, List<Entry> duties, List<Entry> actions,
                      List<Entry> agendaItems, List<Entry> linesSaid, List<Entry> recorded, List<Entry> kudosGiven,
                      List<Entry> kudosReceived, List<Entry> pairing, List<Entry> glossary, List<Entry> audit) {
    }

    /**
     * One held thing in no language yet: its kind (the message {@code mydata.entry.<kind>}) and the values it shows.
     * The store knows what it holds, the reader's bundle how to say it.
     */
    record Entry(String kind, List<Object> values) {
        public static Entry of(String kind, Object... values) {
            return new Entry(kind, Arrays.asList(values));
        }
    }

    /** A stored code among an entry's values (a status, a kind of record) that the bundle names: {@code key}, else the code. */
    record Word(String key, String code) {
    }
}

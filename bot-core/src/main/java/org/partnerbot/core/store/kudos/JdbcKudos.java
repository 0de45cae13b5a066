package org.partnerbot.core.store.kudos;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.partnerbot.core.kudos.KudosRecords;
import org.partnerbot.core.store.Jdbc;

public final class JdbcKudos implements KudosRecords {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcKudos(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void give(long partnershipId, long fromMemberId, long toMemberId, Long toAgencyId, String text) {
        jdbc.insert("INSERT INTO kudos (partnership_id, from_member_id, to_member_id, to_agency_id, text, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", partnershipId, fromMemberId, toMemberId, toAgencyId, text, clock.instant());
    }

    @Override
    public Map<Long, Integer> receivedByAgency(long partnershipId, Instant since) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.list("SELECT to_agency_id, COUNT(*) FROM kudos WHERE partnership_id = ? AND created_at >= ? GROUP BY to_agency_id",
                rs -> {
                    counts.put(Jdbc.nullableLong(rs, "to_agency_id"), rs.getInt(2));
                    return null;
                }, partnershipId, since);
        return counts;
    }
}

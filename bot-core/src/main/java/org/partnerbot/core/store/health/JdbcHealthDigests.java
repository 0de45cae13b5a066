package org.partnerbot.core.store.health;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.partnerbot.core.health.HealthDigests;
import org.partnerbot.core.store.Jdbc;

public final class JdbcHealthDigests implements HealthDigests {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcHealthDigests(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Waiting> waiting(Instant from, Instant to) {
        return jdbc.list("SELECT p.workspace, m.partnership_id, m.id FROM meetings m JOIN partnerships p ON p.id = m.partnership_id"
                + " WHERE m.ended_at >= ? AND m.ended_at < ?"
                + " AND NOT EXISTS (SELECT 1 FROM meetings later WHERE later.partnership_id = m.partnership_id"
                + "   AND later.ended_at IS NOT NULL AND (later.ended_at > m.ended_at OR (later.ended_at = m.ended_at AND later.id > m.id)))"
                + " AND NOT EXISTS (SELECT 1 FROM health_digests d WHERE d.meeting_id = m.id)"
                + " ORDER BY m.partnership_id", rs -> new Waiting(rs.getString(1), rs.getLong(2), rs.getLong(3)), from, to);
    }

    @Override
    public boolean record(long partnershipId, long meetingId) {
        if (jdbc.one("SELECT meeting_id FROM health_digests WHERE meeting_id = ?", rs -> rs.getLong(1), meetingId).isPresent()) {
            return false;
        }
        jdbc.update("INSERT INTO health_digests (meeting_id, partnership_id, sent_at) VALUES (?, ?, ?)",
                meetingId, partnershipId, clock.instant());
        return true;
    }
}

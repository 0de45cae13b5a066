package org.partnerbot.core.store.health;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.partnerbot.core.health.HealthRecords;
import org.partnerbot.core.store.Jdbc;

public final class JdbcHealthRecords implements HealthRecords {

    private final Jdbc jdbc;

    public JdbcHealthRecords(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Instant> agenciesAddedAt(long partnershipId) {
        Map<Long, Instant> added = new HashMap<>();
        jdbc.list("SELECT id, created_at FROM agencies WHERE partnership_id = ? AND active", rs -> {
            added.put(rs.getLong("id"), Jdbc.instant(rs, "created_at"));
            return null;
        }, partnershipId);
        return added;
    }

    @Override
    public Map<Long, Integer> agendaItemsByAgency(long partnershipId, Instant from, Instant to) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.list("SELECT agency_id, COUNT(*) FROM agenda_items WHERE partnership_id = ? AND created_at >= ? AND created_at < ?"
                + " AND status <> 'REMOVED' GROUP BY agency_id", rs -> {
                    counts.put(Jdbc.nullableLong(rs, "agency_id"), rs.getInt(2));
                    return null;
                }, partnershipId, from, to);
        return counts;
    }
}

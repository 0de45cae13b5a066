package org.partnerbot.core.store.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.partnerbot.core.retention.RetentionPolicies;
import org.partnerbot.core.store.Jdbc;

public final class JdbcRetentionPolicies implements RetentionPolicies {

    /** The ended meetings past the cutoff, as a subquery taking (partnership, cutoff). */
    private static final String OLD_MEETINGS = "SELECT id FROM meetings WHERE partnership_id = ? AND ended_at IS NOT NULL"
            + " AND started_at < ?";

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcRetentionPolicies(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Integer> years(long partnershipId) {
        return jdbc.one("SELECT years FROM retention_policies WHERE partnership_id = ?", rs -> rs.getInt(1), partnershipId);
    }

    @Override
    public void set(long partnershipId, int years) {
        if (jdbc.update("UPDATE retention_policies SET years = ?, set_at = ? WHERE partnership_id = ?", years,
                clock.instant(), partnershipId) == 0) {
            jdbc.update("INSERT INTO retention_policies (partnership_id, years, set_at) VALUES (?, ?, ?)", partnershipId,
                    years, clock.instant());
        }
    }

    @Override
    public Optional<Instant> oldestKept(long partnershipId) {
        return jdbc.one("SELECT started_at FROM meetings WHERE partnership_id = ? ORDER BY started_at LIMIT 1",
                rs -> Jdbc.instant(rs, "started_at"), partnershipId);
    }

    @Override
    public Map<Long, Integer> all() {
        Map<Long, Integer> out = new LinkedHashMap<>();
        jdbc.list("SELECT partnership_id, years FROM retention_policies ORDER BY partnership_id", rs -> {
            out.put(rs.getLong(1), rs.getInt(2));
            return null;
        });
        return out;
    }

    @Override
    public Map<String, Integer> deleteBefore(long p, Instant cutoff) {
        String old = "(" + OLD_MEETINGS + ")";
        jdbc.update("DELETE FROM health_digests WHERE meeting_id IN " + old, p, cutoff);
        jdbc.update("UPDATE icebreakers_asked SET meeting_id = NULL WHERE meeting_id IN " + old, p, cutoff);
        jdbc.update("DELETE FROM meeting_entries WHERE meeting_id IN " + old, p, cutoff);
        jdbc.update("DELETE FROM meeting_attendance WHERE meeting_id IN " + old, p, cutoff);
        jdbc.update("DELETE FROM agenda_items WHERE status = 'DISCUSSED' AND discussed_meeting_id IN " + old, p, cutoff);
        jdbc.update("UPDATE agenda_items SET discussed_meeting_id = NULL WHERE discussed_meeting_id IN " + old, p, cutoff);
        jdbc.update("DELETE FROM agenda_items WHERE partnership_id = ? AND status = 'REMOVED' AND created_at < ?", p, cutoff);
        int actions = jdbc.update("DELETE FROM actions WHERE status = 'DONE' AND meeting_id IN " + old, p, cutoff);
        // An open action outlives its meeting: it is still someone's to do.
        jdbc.update("UPDATE actions SET meeting_id = NULL WHERE meeting_id IN " + old, p, cutoff);
        String oldClosed = "(SELECT id FROM actions WHERE partnership_id = ? AND status = 'DONE' AND meeting_id IS NULL"
                + " AND created_at < ?)";
        jdbc.update("DELETE FROM meeting_entries WHERE action_id IN " + oldClosed, p, cutoff);
        actions += jdbc.update("DELETE FROM actions WHERE partnership_id = ? AND status = 'DONE' AND meeting_id IS NULL"
                + " AND created_at < ?", p, cutoff);
        int meetings = jdbc.update("DELETE FROM meetings WHERE partnership_id = ? AND ended_at IS NOT NULL AND started_at < ?",
                p, cutoff);
        jdbc.update("DELETE FROM dashboard_snapshots WHERE partnership_id = ? AND taken_at < ?", p, cutoff);
        int kudos = jdbc.update("DELETE FROM kudos WHERE partnership_id = ? AND created_at < ?", p, cutoff);
        String oldRounds = "(SELECT id FROM pairing_rounds WHERE partnership_id = ? AND held_at < ?)";
        jdbc.update("DELETE FROM pairing_groups WHERE round_id IN " + oldRounds, p, cutoff);
        int rounds = jdbc.update("DELETE FROM pairing_rounds WHERE partnership_id = ? AND held_at < ?", p, cutoff);
        int audit = jdbc.update("DELETE FROM audit_log WHERE partnership_id = ? AND happened_at < ?", p, cutoff);
        Map<String, Integer> deleted = new LinkedHashMap<>();
        deleted.put("meetings", meetings);
        deleted.put("actions", actions);
        deleted.put("kudos", kudos);
        deleted.put("pairing rounds", rounds);
        deleted.put("audit entries", audit);
        return deleted;
    }

    @Override
    public int pruneDeliveriesBefore(Instant before) {
        return jdbc.update("DELETE FROM delivery_log WHERE seen_at < ?", before);
    }

    @Override
    public boolean claimRun(String task, Instant now, Duration every) {
        if (jdbc.update("UPDATE maintenance_runs SET last_run_at = ? WHERE task = ? AND last_run_at <= ?", now, task,
                now.minus(every)) == 1) {
            return true;
        }
        if (jdbc.one("SELECT task FROM maintenance_runs WHERE task = ?", rs -> rs.getString(1), task).isPresent()) {
            return false;
        }
        return jdbc.insertUnlessDuplicate("INSERT INTO maintenance_runs (task, last_run_at) VALUES (?, ?)", task, now);
    }
}

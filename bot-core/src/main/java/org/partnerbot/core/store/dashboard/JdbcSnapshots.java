package org.partnerbot.core.store.dashboard;

import java.time.Instant;
import java.util.List;
import org.partnerbot.core.dashboard.Snapshots;
import org.partnerbot.core.store.Jdbc;

public final class JdbcSnapshots implements Snapshots {

    private final Jdbc jdbc;

    public JdbcSnapshots(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void take(long partnershipId, long meetingId, Snapshot s) {
        jdbc.update("INSERT INTO dashboard_snapshots (partnership_id, meeting_id, taken_at, agencies, members,"
                        + " unassigned_duties, duplicated_duties) VALUES (?, ?, ?, ?, ?, ?, ?)", partnershipId, meetingId,
                s.takenAt(), s.agencies(), s.members(), s.unassignedDuties(), s.duplicatedDuties());
    }

    @Override
    public List<Snapshot> between(long partnershipId, Instant from, Instant to) {
        return jdbc.list("SELECT taken_at, agencies, members, unassigned_duties, duplicated_duties FROM dashboard_snapshots"
                        + " WHERE partnership_id = ? AND taken_at >= ? AND taken_at < ? ORDER BY taken_at, id",
                rs -> new Snapshot(Jdbc.instant(rs, "taken_at"), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                partnershipId, from, to);
    }
}

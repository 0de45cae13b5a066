package org.partnerbot.core.dashboard;

import java.time.Instant;
import java.util.List;

/** Port: the partnership's shape as it was when each meeting started, for the trends over time. */
public interface Snapshots {

    record Snapshot(Instant takenAt, int agencies, int members, int unassignedDuties, int duplicatedDuties) {
    }

    void take(long partnershipId, long meetingId, Snapshot snapshot);

    /** Snapshots taken in [from, to), oldest first. */
    List<Snapshot> between(long partnershipId, Instant from, Instant to);
}

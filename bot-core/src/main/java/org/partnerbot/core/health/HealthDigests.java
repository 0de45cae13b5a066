package org.partnerbot.core.health;

import java.time.Instant;
import java.util.List;

/** Port: which meetings have had their health digest queued (column {@code sent_at}: when), and which ended meetings wait for one. */
public interface HealthDigests {

    /** An ended meeting without a digest yet, with what is needed to reach its partnership. */
    record Waiting(String workspace, long partnershipId, long meetingId) {
    }

    /** Each partnership's latest ended meeting, if it ended in [from, to) and has had no digest. */
    List<Waiting> waiting(Instant from, Instant to);

    /** Records that the meeting's digest is queued in the outbox; false when it was already (another firing got there first). */
    boolean record(long partnershipId, long meetingId);
}

package org.partnerbot.core.schedule;

import java.util.List;
import java.util.Optional;

/** Port: the stored weekly series of each partnership (at most one), with its skip dates. */
public interface MeetingSeriesStore {

    Optional<MeetingSeries> find(long partnershipId);

    /** Creates or replaces the series and its skip dates. */
    void save(MeetingSeries series);

    /** Every stored series, so the scheduler's triggers can be checked against them at start-up. */
    List<MeetingSeries> all();

    /**
     * A page of the series not paused in {@code zone}, in partnership id order after {@code afterPartnershipId},
     * without their skip dates: only their timing is read, to find whose weekly timers a slot is, a page at a time
     * so that a slot of 100,000 partnerships never holds them all in memory.
     */
    List<MeetingSeries> timingsInZone(java.time.ZoneId zone, long afterPartnershipId, int limit);
}

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
}

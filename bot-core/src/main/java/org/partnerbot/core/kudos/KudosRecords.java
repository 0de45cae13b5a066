package org.partnerbot.core.kudos;

import java.time.Instant;
import java.util.Map;

/** Port: recognition given between members. */
public interface KudosRecords {

    void give(long partnershipId, long fromMemberId, long toMemberId, Long toAgencyId, String text);

    /** Kudos received since the given moment, by the receiver's agency id (null key: no agency). */
    Map<Long, Integer> receivedByAgency(long partnershipId, Instant since);
}

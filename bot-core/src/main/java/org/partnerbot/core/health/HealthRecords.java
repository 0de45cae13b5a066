package org.partnerbot.core.health;

import java.time.Instant;
import java.util.Map;

/** Port: the few stored facts the report needs that the core's ports do not already give. */
public interface HealthRecords {

    /** When each active agency was added, by agency id: an agency is not "silent" in meetings before it joined. */
    Map<Long, Instant> agenciesAddedAt(long partnershipId);

    /** Agenda items proposed in [from, to), not withdrawn, by the proposer's agency id (null key: no agency). */
    Map<Long, Integer> agendaItemsByAgency(long partnershipId, Instant from, Instant to);
}

package org.partnerbot.core.teambuilding;

import java.util.List;

/** Port: the team-building switches of each partnership. */
public interface TeamSettingsStore {

    TeamSettings get(long partnershipId);

    void save(long partnershipId, TeamSettings settings);

    /** Partnerships that want a weekly pairing round, for the weekly job. */
    List<Long> withWeeklyPairing();
}

package org.partnerbot.core.pairing;

import java.util.List;

/** Port: the team-building switches of each partnership. */
public interface TeamSettingsStore {

    TeamSettings get(long partnershipId);

    void save(long partnershipId, TeamSettings settings);

    /** A partnership as the periodic jobs find it: its workspace and id. */
    record Key(String workspace, long partnershipId) {
    }

    /** Partnerships that want a weekly pairing round, for the weekly job. */
    List<Key> withWeeklyPairing();
}

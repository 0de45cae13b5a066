package org.partnerbot.core.pairing;

import java.util.List;

/** Port: each partnership's weekly-pairing switch. */
public interface PairingSettingsStore {

    PairingSettings get(long partnershipId);

    void save(long partnershipId, PairingSettings settings);

    /** A partnership as the periodic jobs find it: its workspace and id. */
    record Key(String workspace, long partnershipId) {
    }

    /** Partnerships that want a weekly pairing round, for the weekly job. */
    List<Key> withWeeklyPairing();
}

package org.partnerbot.core.teambuilding;

import java.util.List;
import java.util.Set;

/** Port: past pairing rounds and who sits out the next one. */
public interface PairingRecords {

    /** Pairs that met in the partnership's last {@code rounds} rounds. */
    Set<Pairing.Pair> recentPairs(long partnershipId, int rounds);

    /** Stores a round; returns its id. */
    long saveRound(long partnershipId, long seed, List<List<Long>> groups);

    /** Returns false when the member had already asked to skip. */
    boolean skipNext(long partnershipId, long memberId);

    Set<Long> skipping(long partnershipId);

    void clearSkips(long partnershipId);
}

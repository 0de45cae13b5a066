package org.partnerbot.core.pairing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: past pairing rounds and who sits out the next one. */
public interface PairingRecords {

    /** Pairs that met in the partnership's last {@code rounds} rounds. */
    Set<Pairing.Pair> recentPairs(long partnershipId, int rounds);

    /** Stores a round; returns its id. */
    long saveRound(long partnershipId, long seed, List<List<Long>> groups);

    /** When the partnership's latest round was held, if ever. */
    Optional<Instant> lastRound(long partnershipId);

    /** Returns false when the member had already asked to skip. */
    boolean skipNext(long partnershipId, long memberId);

    Set<Long> skipping(long partnershipId);

    void clearSkips(long partnershipId);
}

package org.partnerbot.core.pairing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: past pairing rounds and who sits out the next one. */
public interface PairingRecords {

    /** Pairs that met in the partnership's last {@code rounds} rounds. */
    Set<Pairing.Pair> recentPairs(long partnershipId, int rounds);

    /** A stored round: its seed and its groups, in the order they were formed (members of a group by id). */
    record Round(long seed, List<List<Long>> groups) {

        /** The number of the member's group in the round (which chooses its opener), or -1. */
        public int groupNumber(long memberId) {
            for (int g = 0; g < groups.size(); g++) {
                if (groups.get(g).contains(memberId)) {
                    return g;
                }
            }
            return -1;
        }
    }

    Optional<Round> round(long roundId);

    /** One member's group in a stored round: the round's seed, the group's number and its members by id. */
    record Group(long seed, int number, List<Long> members) {
    }

    /**
     * The group {@code memberId} was in, read alone: each of a round's personal messages needs only its own group, and
     * reading the whole round for each of 10,000 messages made sending one round take minutes.
     */
    Optional<Group> groupOf(long roundId, long memberId);

    /** Stores a round; returns its id. */
    long saveRound(long partnershipId, long seed, List<List<Long>> groups);

    /** The id of the partnership's latest round, if any (a plan made before it avoids the wrong pairs). */
    Optional<Long> latestRound(long partnershipId);

    /** When the partnership's latest round was held, if ever. */
    Optional<Instant> lastRound(long partnershipId);

    /** Returns false when the member had already asked to skip. */
    boolean skipNext(long partnershipId, long memberId);

    Set<Long> skipping(long partnershipId);

    void clearSkips(long partnershipId);
}

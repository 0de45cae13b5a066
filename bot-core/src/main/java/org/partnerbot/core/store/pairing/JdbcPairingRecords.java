package org.partnerbot.core.store.pairing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnerbot.core.pairing.Pairing;
import org.partnerbot.core.pairing.PairingRecords;
import org.partnerbot.core.store.Jdbc;

public final class JdbcPairingRecords implements PairingRecords {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcPairingRecords(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<Pairing.Pair> recentPairs(long partnershipId, int rounds) {
        List<Long> recent = jdbc.list("SELECT id FROM pairing_rounds WHERE partnership_id = ? ORDER BY held_at DESC, id DESC",
                rs -> rs.getLong(1), partnershipId).stream().limit(rounds).toList();
        Set<Pairing.Pair> pairs = new HashSet<>();
        for (long round : recent) {
            Map<Integer, List<Long>> groups = new LinkedHashMap<>();
            jdbc.list("SELECT group_no, member_id FROM pairing_groups WHERE round_id = ? ORDER BY group_no, member_id",
                    rs -> new long[] {rs.getInt(1), rs.getLong(2)}, round)
                    .forEach(r -> groups.computeIfAbsent((int) r[0], k -> new ArrayList<>()).add(r[1]));
            pairs.addAll(Pairing.pairsOf(new ArrayList<>(groups.values())));
        }
        return pairs;
    }

    @Override
    public Optional<Round> round(long roundId) {
        return jdbc.one("SELECT seed FROM pairing_rounds WHERE id = ?", rs -> rs.getLong(1), roundId).map(seed -> {
            java.util.TreeMap<Integer, List<Long>> groups = new java.util.TreeMap<>();
            jdbc.list("SELECT group_no, member_id FROM pairing_groups WHERE round_id = ? ORDER BY group_no, member_id",
                    rs -> groups.computeIfAbsent(rs.getInt(1), g -> new java.util.ArrayList<>()).add(rs.getLong(2)), roundId);
            return new Round(seed, List.copyOf(groups.values()));
        });
    }

    @Override
    public Optional<Group> groupOf(long roundId, long memberId) {
        return jdbc.one("SELECT r.seed, g.group_no FROM pairing_groups g JOIN pairing_rounds r ON r.id = g.round_id"
                        + " WHERE g.round_id = ? AND g.member_id = ?", rs -> new long[] {rs.getLong(1), rs.getInt(2)},
                roundId, memberId)
                .map(found -> new Group(found[0], (int) found[1], jdbc.list(
                        "SELECT member_id FROM pairing_groups WHERE round_id = ? AND group_no = ? ORDER BY member_id",
                        rs -> rs.getLong(1), roundId, (int) found[1])));
    }

    @Override
    public long saveRound(long partnershipId, long seed, List<List<Long>> groups) {
        long round = jdbc.insert("INSERT INTO pairing_rounds (partnership_id, seed, held_at) VALUES (?, ?, ?)",
                partnershipId, seed, clock.instant());
        List<Object[]> rows = new java.util.ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            for (long member : groups.get(g)) {
                rows.add(new Object[] {round, g, member});
            }
        }
        // In key order (round, member): each row lands at the end of the primary key's index rather than anywhere in it.
        rows.sort(java.util.Comparator.comparingLong(r -> (Long) r[2]));
        jdbc.batch("INSERT INTO pairing_groups (round_id, group_no, member_id) VALUES (?, ?, ?)", rows);
        return round;
    }

    @Override
    public Optional<Long> latestRound(long partnershipId) {
        return jdbc.one("SELECT MAX(id) AS latest FROM pairing_rounds WHERE partnership_id = ?",
                rs -> Optional.ofNullable((Long) rs.getObject("latest", Long.class)), partnershipId).flatMap(o -> o);
    }

    @Override
    public Optional<Instant> lastRound(long partnershipId) {
        return jdbc.one("SELECT MAX(held_at) AS last_round FROM pairing_rounds WHERE partnership_id = ?",
                rs -> Optional.ofNullable(Jdbc.instant(rs, "last_round")), partnershipId).flatMap(o -> o);
    }

    @Override
    public boolean skipNext(long partnershipId, long memberId) {
        if (jdbc.one("SELECT member_id FROM pairing_skips WHERE partnership_id = ? AND member_id = ?",
                rs -> rs.getLong(1), partnershipId, memberId).isPresent()) {
            return false;
        }
        jdbc.update("INSERT INTO pairing_skips (partnership_id, member_id, requested_at) VALUES (?, ?, ?)",
                partnershipId, memberId, clock.instant());
        return true;
    }

    @Override
    public Set<Long> skipping(long partnershipId) {
        return new HashSet<>(jdbc.list("SELECT member_id FROM pairing_skips WHERE partnership_id = ?",
                rs -> rs.getLong(1), partnershipId));
    }

    @Override
    public void clearSkips(long partnershipId) {
        jdbc.update("DELETE FROM pairing_skips WHERE partnership_id = ?", partnershipId);
    }
}

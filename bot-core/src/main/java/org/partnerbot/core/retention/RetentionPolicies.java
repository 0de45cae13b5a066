package org.partnerbot.core.retention;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: each partnership's retention policy, and deleting what is past it. */
public interface RetentionPolicies {

    /** How many years the partnership keeps its meetings; empty when no policy is set. */
    Optional<Integer> years(long partnershipId);

    void set(long partnershipId, int years);

    /** When the oldest meeting still kept started; empty when there is none. */
    Optional<Instant> oldestKept(long partnershipId);

    /** Every partnership that has a policy, with its years. */
    Map<Long, Integer> all();

    /**
     * Deletes the partnership's records from before {@code cutoff}: ended meetings with their minutes (entries, lines
     * said, digests) and the actions recorded in them that are closed; closed actions, kudos, pairing rounds and audit
     * entries older than that too. Open actions stay (their meeting is forgotten). Returns what was deleted, by kind.
     */
    Map<String, Integer> deleteBefore(long partnershipId, Instant cutoff);

    /** Forgets platform deliveries taken in before {@code before}: they can no longer be retried or replayed. */
    int pruneDeliveriesBefore(Instant before);

    /** Claims today's run of a periodic task for this node: true at most once per {@code every} across all nodes. */
    boolean claimRun(String task, Instant now, java.time.Duration every);

    /** The kinds {@link #deleteBefore} reports, in the order they are shown. */
    List<String> KINDS = List.of("meetings", "actions", "kudos", "pairing rounds", "audit entries");
}

package org.partnerbot.core.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnerbot.core.audit.AuditEvent;
import org.partnerbot.core.audit.AuditLog;
import org.partnerbot.core.transaction.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily retention job, run from the scheduler's sweep: once a day across all nodes, each partnership with a policy
 * loses what is older than its policy allows (recorded in its audit log), and the intake's de-duplication log forgets
 * deliveries old enough that no platform retries or replays them.
 */
public final class RetentionSweep {

    static final String TASK = "retention";
    static final Duration EVERY = Duration.ofDays(1);
    /**
     * Slack retries an event for about an hour at most and signatures expire after five minutes; Teams resends within
     * minutes. A day is far past both.
     */
    public static final Duration DELIVERIES_KEPT = Duration.ofDays(1);
    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

    private final Transactions transactions;
    private final RetentionPolicies policies;
    private final AuditLog audit;

    public RetentionSweep(Transactions transactions, RetentionPolicies policies, AuditLog audit) {
        this.transactions = transactions;
        this.policies = policies;
        this.audit = audit;
    }

    /** Runs when a day has passed since the last run (on any node); each partnership in its own transaction. */
    public void runDue(Instant now) {
        if (!transactions.inTransaction(() -> policies.claimRun(TASK, now, EVERY))) {
            return;
        }
        int pruned = transactions.inTransaction(() -> policies.pruneDeliveriesBefore(now.minus(DELIVERIES_KEPT)));
        if (pruned > 0) {
            log.info("forgot {} platform deliveries taken in more than a day ago", pruned);
        }
        Map<Long, Integer> all = transactions.inTransaction(policies::all);
        all.forEach((partnership, years) -> {
            try {
                apply(partnership, years, now);
            } catch (RuntimeException e) {
                log.warn("retention for partnership {} failed; tomorrow's run tries again: {}", partnership, e.getMessage());
            }
        });
    }

    private void apply(long partnership, int years, Instant now) {
        Instant cutoff = cutoff(now, years);
        transactions.run(() -> {
            Map<String, Integer> deleted = policies.deleteBefore(partnership, cutoff);
            if (deleted.values().stream().anyMatch(n -> n > 0)) {
                audit.record(partnership, null, null, AuditEvent.RETENTION_APPLIED, RetentionPolicies.KINDS.stream()
                        .filter(k -> deleted.getOrDefault(k, 0) > 0).map(k -> deleted.get(k) + " " + k)
                        .collect(Collectors.joining(", ")) + " from before " + cutoff.atOffset(ZoneOffset.UTC).toLocalDate());
                log.info("retention: partnership {} deleted {}", partnership, deleted);
            }
        });
    }

    /** The moment before which a policy of {@code years} deletes, counted in calendar years (UTC). */
    public static Instant cutoff(Instant now, int years) {
        return now.atOffset(ZoneOffset.UTC).minusYears(years).toInstant();
    }
}

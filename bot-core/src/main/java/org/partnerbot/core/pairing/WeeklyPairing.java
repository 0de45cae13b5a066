package org.partnerbot.core.pairing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.transaction.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly coffee-chat round: on the day admins chose, from 09:00 in the partnership's zone, once that day.
 * It is decided from stored state each time the periodic timer fires, so a firing that comes late (the bot was
 * down at 09:00) still pairs people that day, and a repeated firing pairs nobody twice.
 */
public final class WeeklyPairing {

    /** People are paired in the morning, so they can find a slot the same week. */
    public static final LocalTime FROM = LocalTime.of(9, 0);
    private static final int PLAN_ATTEMPTS = 3;
    private static final Logger log = LoggerFactory.getLogger(WeeklyPairing.class);

    private final Transactions transactions;
    private final PairingSettingsStore settings;
    private final PairingRecords records;
    private final PairingRound round;
    private final Partnerships partnerships;
    private final LongSupplier seeds;

    public WeeklyPairing(Transactions transactions, PairingSettingsStore settings, PairingRecords records, PairingRound round,
                         Partnerships partnerships, LongSupplier seeds) {
        this.transactions = transactions;
        this.settings = settings;
        this.records = records;
        this.round = round;
        this.partnerships = partnerships;
        this.seeds = seeds;
    }

    /** Whether a round is due: the chosen day, from 09:00 local, and none held yet that local day. */
    public static boolean due(DayOfWeek day, ZoneId zone, Instant now, Optional<Instant> lastRound) {
        ZonedDateTime local = now.atZone(zone);
        if (local.getDayOfWeek() != day || local.toLocalTime().isBefore(FROM)) {
            return false;
        }
        return lastRound.map(r -> r.atZone(zone).toLocalDate().isBefore(local.toLocalDate())).orElse(true);
    }

    /**
     * Holds every round that is due; each partnership in its own transaction, so one failure stops no other. The
     * messages, the channel's summary included, wait in the outbox for its next round.
     */
    public void runDue(Instant now) {
        List<PairingSettingsStore.Key> wanting = transactions.inTransaction(settings::withWeeklyPairing);
        for (PairingSettingsStore.Key key : wanting) {
            try {
                runIfDue(key, now);
            } catch (RuntimeException e) {
                log.error("weekly pairing failed for partnership {}", key.partnershipId(), e);
            }
        }
    }

    /**
     * The round is planned outside any lock (thousands of members take a moment to group), then held under the
     * partnership's lock in a short transaction, if it is still due and nobody joined, left or chose to sit out
     * meanwhile; otherwise it is planned again.
     */
    private void runIfDue(PairingSettingsStore.Key key, Instant now) {
        for (int attempt = 0; attempt < PLAN_ATTEMPTS; attempt++) {
            Optional<PairingRound.Plan> plan = transactions.inTransaction(() -> partnerships.findById(key.workspace(),
                    key.partnershipId()).filter(p -> isDue(p, now)).map(p -> round.plan(p, seeds.getAsLong())));
            if (plan.isEmpty()) {
                return;
            }
            boolean settled = transactions.inTransaction(() -> {
                partnerships.lock(key.partnershipId());
                return !isDue(plan.get().partnership(), now) || round.apply(plan.get(), now, true).isPresent();
            });
            if (settled) {
                return;
            }
        }
        log.warn("weekly pairing of partnership {} skipped: its members kept changing while it was planned", key.partnershipId());
    }

    private boolean isDue(Partnership p, Instant now) {
        PairingSettings s = settings.get(p.id());
        return s.weekly() && due(s.day(), p.zone(), now, records.lastRound(p.id()));
    }
}

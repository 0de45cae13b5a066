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
                transactions.run(() -> runIfDue(key, now));
            } catch (RuntimeException e) {
                log.error("weekly pairing failed for partnership {}", key.partnershipId(), e);
            }
        }
    }

    private void runIfDue(PairingSettingsStore.Key key, Instant now) {
        Optional<Partnership> p = partnerships.findById(key.workspace(), key.partnershipId());
        if (p.isEmpty()) {
            return;
        }
        partnerships.lock(key.partnershipId());
        PairingSettings s = settings.get(key.partnershipId());
        if (s.weekly() && due(s.day(), p.get().zone(), now, records.lastRound(key.partnershipId()))) {
            round.run(p.get(), seeds.getAsLong(), now, true);
        }
    }
}

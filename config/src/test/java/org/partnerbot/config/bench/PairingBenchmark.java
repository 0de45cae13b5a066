package org.partnerbot.config.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.pairing.Pairing;
import org.partnerbot.core.pairing.PairingRound;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.testing.AssemblyDriver;
import org.partnerbot.core.testing.BigPartnership;

/**
 * Pairing 10,000 members (issue 13): the grouping alone, `pairing now` through the core on H2, the weekly round's plan
 * (outside any lock) and apply (under the partnership's lock), and the reminder sweep run again and again while a big
 * weekly round is held: every sweep must finish, none may fail on the partnership's lock. Prints figures for
 * docs/benchmarks.md; run with
 * {@code mvn -q -B -pl config -am test -Dtest=PairingBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.excludedGroups=none}.
 */
@Tag("benchmark")
class PairingBenchmark {

    private static final int MEMBERS = 10_000;

    @Test
    void tenThousandMembers() throws Exception {
        List<Pairing.Participant> people = LongStream.rangeClosed(1, MEMBERS).mapToObj(id -> new Pairing.Participant(id, id % 5)).toList();
        for (int warm = 0; warm < 3; warm++) {
            Pairing.groups(people, Set.of(), warm);
        }
        long t = System.nanoTime();
        Pairing.groups(people, Set.of(), 42);
        System.out.printf("BENCH pairing.groups %d people: %d ms%n", MEMBERS, (System.nanoTime() - t) / 1_000_000);

        try (AssemblyDriver driver = new AssemblyDriver("2026-12-03T09:15:00Z", 3)) {
            driver.say("sam", "setup Big");
            Partnership p = driver.core().transactions().inTransaction(() -> driver.core().partnerships()
                    .findByConversation("test", "C-test")).orElseThrow();
            BigPartnership.members(driver.core(), "test", p.id(), "U-big-", MEMBERS, 5);

            // The answer to `pairing now`: the round worked out before the command's transaction (no lock), then held
            // under the partnership's lock in it. The messages it queued are sent afterwards, as the outbox does in
            // production (on its own thread), and are not counted.
            List<Runnable> sendLater = new ArrayList<>();
            driver.core().dispatcher().sendSoonOn(sendLater::add);
            t = System.nanoTime();
            List<String> out = driver.say("sam", "pairing now");
            System.out.printf("BENCH pairing now (%d members, H2 in memory): answered in %d ms (%d summary lines; its %d messages"
                    + " queued, sent afterwards)%n", MEMBERS + 1, (System.nanoTime() - t) / 1_000_000, out.size(), MEMBERS + 1);
            driver.core().dispatcher().sendSoonOn(Runnable::run);
            sendLater.forEach(Runnable::run);
            driver.messenger().drain();

            PairingRound round = driver.teamBuilding().pairingRound();
            for (int run = 1; run <= 3; run++) {
                long seed = 7 + run;
                t = System.nanoTime();
                PairingRound.Plan plan = driver.core().transactions().inTransaction(() -> round.plan(p, seed));
                long planned = System.nanoTime();
                boolean held = driver.core().transactions().inTransaction(() -> {
                    driver.core().partnerships().lock(p.id());
                    return round.apply(plan, driver.clock().instant(), true).isPresent();
                });
                long applied = System.nanoTime();
                System.out.printf("BENCH weekly round %d: plan (no lock) %d ms, apply (under the partnership lock, committed) %d ms,"
                        + " total %d ms, held=%s%n", run, (planned - t) / 1_000_000, (applied - planned) / 1_000_000,
                        (applied - t) / 1_000_000, held);
            }
            driver.messenger().drain();

            driver.say("sam", "pairing weekly on thu");
            driver.clock().set(Instant.parse("2026-12-10T09:15:00Z"));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            AtomicBoolean pairing = new AtomicBoolean(true);
            Future<Long> weekly = pool.submit(() -> {
                long s = System.nanoTime();
                driver.teamBuilding().runDue(driver.clock().instant());
                pairing.set(false);
                return (System.nanoTime() - s) / 1_000_000;
            });
            Future<List<Long>> sweeps = pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                do {
                    long s = System.nanoTime();
                    driver.scheduling().wakeups().sweep();
                    times.add((System.nanoTime() - s) / 1_000_000);
                } while (pairing.get());
                return times;
            });
            long weeklyMs = weekly.get();
            List<Long> sweepMs = sweeps.get();
            pool.shutdown();
            System.out.printf("BENCH weekly round with sweeps alongside: round %d ms; %d sweeps, longest %d ms%n",
                    weeklyMs, sweepMs.size(), sweepMs.stream().mapToLong(Long::longValue).max().orElse(0));
            assertThat(driver.core().transactions().inTransaction(() -> driver.core().jdbc().one(
                    "SELECT COUNT(*) FROM pairing_rounds WHERE partnership_id = ?", rs -> rs.getLong(1), p.id())).orElseThrow())
                    .as("rounds held: pairing now, the three planned ones, the weekly one").isEqualTo(5L);
        }
    }
}

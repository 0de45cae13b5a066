package org.partnerbot.core.pairing;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.AssemblyDriver;

import static org.assertj.core.api.Assertions.assertThat;

class PairingRoundTest {

    @Test
    void aPersonWhoCannotBeReachedIsNamedInTheChannelSummaryAndTheRoundStillHappens() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 5)) {
            driver.say("sam", "setup Northside");
            driver.say("sam", "agency add Council");
            driver.say("sam", "agency add Police");
            driver.say("sam", "agency join Council");
            driver.say("dan", "agency join Police");
            driver.messenger().unreachable("dan");
            List<String> out = driver.say("sam", "pairing now");
            assertThat(out).contains("  • sam (Council) and dan (Police)");
            assertThat(out).anyMatch(l -> l.startsWith("(to sam) Coffee chat this week"));
            assertThat(out).noneMatch(l -> l.startsWith("(to dan)"));
            // The platform refused dan for good: the outbox keeps his message as FAILED, sam's as SENT.
            long partnership = driver.core().transactions().inTransaction(() ->
                    driver.core().partnerships().findByConversation("test", "C-test")).orElseThrow().id();
            assertThat(driver.core().transactions().inTransaction(() -> driver.core().outbox().countByStatus(partnership)))
                    .containsEntry("FAILED", 1).containsEntry("SENT", 1);
        }
    }

    @Test
    void withFewerThanTwoTakingPartThereIsNoRound() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 5)) {
            driver.say("sam", "setup Northside");
            driver.say("dan", "pairing skip");
            assertThat(driver.say("sam", "pairing now"))
                    .containsExactly("No coffee chats this round: fewer than two people are taking part (1 skipping).");
        }
    }

    @Test
    void roundsRememberedInTheDatabaseAreAvoidedNextTime() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 5)) {
            driver.say("sam", "setup Northside");
            driver.say("sam", "agency add Council");
            driver.say("sam", "agency add Police");
            driver.say("sam", "agency join Council");
            driver.say("sue", "agency join Council");
            driver.say("dan", "agency join Police");
            driver.say("eve", "agency join Police");
            // Two per agency: two cross-agency pairings exist, and the second round must take the other one.
            String first = partnerOfSam(driver.say("sam", "pairing now"));
            String second = partnerOfSam(driver.say("sam", "pairing now"));
            assertThat(List.of(first, second)).containsExactlyInAnyOrder("dan", "eve");
        }
    }

    @Test
    void aPlannedRoundIsNotHeldWhenSomeoneJoinedOrSatOutMeanwhileAndHeldWhenNothingChanged() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 5)) {
            driver.say("sam", "setup Northside");
            driver.say("dan", "hello");
            PairingRound round = driver.teamBuilding().pairingRound();
            var p = driver.core().transactions().inTransaction(() ->
                    driver.core().partnerships().findByConversation("test", "C-test")).orElseThrow();
            PairingRound.Plan plan = driver.core().transactions().inTransaction(() -> round.plan(p, 1));
            driver.say("eve", "hello"); // joins while the round is being planned
            assertThat(apply(driver, round, plan)).as("eve would be left out").isFalse();

            PairingRound.Plan again = driver.core().transactions().inTransaction(() -> round.plan(p, 1));
            driver.say("dan", "pairing skip");
            assertThat(apply(driver, round, again)).as("dan chose to sit out").isFalse();

            PairingRound.Plan settled = driver.core().transactions().inTransaction(() -> round.plan(p, 1));
            assertThat(apply(driver, round, settled)).isTrue();
            assertThat(settled.groups()).hasSize(1).allSatisfy(g -> assertThat(g).hasSize(2));
        }
    }

    private static boolean apply(AssemblyDriver driver, PairingRound round, PairingRound.Plan plan) {
        return driver.core().transactions().inTransaction(() -> {
            driver.core().partnerships().lock(plan.partnership().id());
            return round.apply(plan, driver.clock().instant(), true).isPresent();
        });
    }

    private static String partnerOfSam(List<String> out) {
        String dm = out.stream().filter(l -> l.startsWith("(to sam) Coffee chat")).findFirst().orElseThrow();
        return dm.contains("with dan (Police)") ? "dan" : dm.contains("with eve (Police)") ? "eve" : dm;
    }
}

package org.partnerbot.core.pairing;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Optional;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.OutboxEntry;
import org.partnerbot.core.outbox.Recipient;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.PlainRenderer;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.store.pairing.JdbcPairingRecords;
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
            long partnership = partnership(driver).id();
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
            twoInEachOfTwoAgencies(driver);
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
            Partnership p = partnership(driver);
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

    // Each personal message is written from its recipient's group: read from the whole round and every member, a
    // round of 10,000 people read 10,000 × 10,000 rows and held the outbox's sender for many minutes.
    @Test
    void aPersonalMessageReadsOnlyItsRecipientsGroupAndStillNamesTheirPartner() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 5)) {
            twoInEachOfTwoAgencies(driver);
            driver.say("sam", "pairing now");

            var core = driver.core();
            Partnership p = partnership(driver);
            Members members = spy(core.members());
            PairingRecords records = spy(new JdbcPairingRecords(core.jdbc(), core.clock()));
            PairingComposer composer = new PairingComposer(members, records, core.readers());
            long round = core.transactions().inTransaction(() -> records.latestRound(p.id())).orElseThrow();
            OutboxEntry toSam = new OutboxEntry(1, p.id(), MessageKind.PAIRING, "round-" + round, round, Instant.now(),
                    new Recipient("sam", "sam"), 0, null, false);

            Optional<Reply> reply = core.transactions().inTransaction(() -> composer.compose(p, toSam, Instant.now()));

            assertThat(reply).isPresent();
            assertThat(String.join("\n", PlainRenderer.lines(reply.get())))
                    .startsWith("Coffee chat this week").containsAnyOf("dan (Police)", "eve (Police)");
            verify(members, never()).list(anyLong());
            verify(records, never()).round(anyLong());
        }
    }

    @Test
    void someoneWhoLeftBeforeTheMessageWentOutGetsNothing() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 5)) {
            driver.say("sam", "setup Northside");
            driver.say("dan", "hello");
            driver.say("sam", "pairing now");
            var core = driver.core();
            Partnership p = partnership(driver);
            PairingRecords records = new JdbcPairingRecords(core.jdbc(), core.clock());
            PairingComposer composer = new PairingComposer(core.members(), records, core.readers());
            long round = core.transactions().inTransaction(() -> records.latestRound(p.id())).orElseThrow();
            driver.say("dan", "leave");
            OutboxEntry toSam = new OutboxEntry(1, p.id(), MessageKind.PAIRING, "round-" + round, round, Instant.now(),
                    new Recipient("sam", "sam"), 0, null, false);
            OutboxEntry toDan = new OutboxEntry(2, p.id(), MessageKind.PAIRING, "round-" + round, round, Instant.now(),
                    new Recipient("dan", "dan"), 0, null, false);

            assertThat(core.transactions().inTransaction(() -> composer.compose(p, toDan, Instant.now())))
                    .as("dan left").isEmpty();
            assertThat(core.transactions().inTransaction(() -> composer.compose(p, toSam, Instant.now())))
                    .as("sam's only partner left").isEmpty();
        }
    }
    private static void twoInEachOfTwoAgencies(AssemblyDriver driver) {
        driver.say("sam", "setup Northside");
        driver.say("sam", "agency add Council");
        driver.say("sam", "agency add Police");
        driver.say("sam", "agency join Council");
        driver.say("sue", "agency join Council");
        driver.say("dan", "agency join Police");
        driver.say("eve", "agency join Police");
    }

    private static Partnership partnership(AssemblyDriver driver) {
        return driver.core().transactions().inTransaction(() ->
                driver.core().partnerships().findByConversation("test", "C-test")).orElseThrow();
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

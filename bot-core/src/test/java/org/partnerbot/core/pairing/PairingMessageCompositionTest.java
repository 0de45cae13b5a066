package org.partnerbot.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Optional;
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

/**
 * Each person's coffee-chat message is written from their own group. Written from the whole round and every member,
 * a round of 10,000 people read 10,000 × 10,000 rows and held the outbox's sender for many minutes, so agenda calls
 * and reminders queued behind it went out late.
 */
class PairingMessageCompositionTest {

    @Test
    void aPersonalMessageReadsOnlyItsRecipientsGroupAndStillNamesTheirPartner() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 5)) {
            driver.say("sam", "setup Northside");
            driver.say("sam", "agency add Council");
            driver.say("sam", "agency add Police");
            driver.say("sam", "agency join Council");
            driver.say("sue", "agency join Council");
            driver.say("dan", "agency join Police");
            driver.say("eve", "agency join Police");
            driver.say("sam", "pairing now");

            var core = driver.core();
            Partnership p = core.transactions().inTransaction(() -> core.partnerships().findByConversation("test", "C-test"))
                    .orElseThrow();
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
            Partnership p = core.transactions().inTransaction(() -> core.partnerships().findByConversation("test", "C-test"))
                    .orElseThrow();
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
}

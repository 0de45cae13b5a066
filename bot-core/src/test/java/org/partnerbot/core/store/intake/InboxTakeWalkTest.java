package org.partnerbot.core.store.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.intake.Arrival;
import org.partnerbot.core.intake.InboxEntry;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;

/**
 * A take reads a short first page of the waiting entries (the oldest nearly always wins) and walks on, in longer
 * pages, past candidates it cannot lease: the next conversation that may run is still found however far down it waits.
 */
class InboxTakeWalkTest {

    private static final Instant NOW = Instant.parse("2026-12-03T18:00:00Z");

    @Test
    void aTakeWalksPastEveryWaitingEntryItCannotLeaseToTheFirstItCan() {
        try (CoreModule core = new CoreModule(TestDatabases.inMemory(), Clock.systemUTC())) {
            JdbcInbox inbox = new JdbcInbox(core.jdbc(), Clock.systemUTC());
            core.transactions().inTransaction(() -> {
                // Conversation X waits behind an older entry of another platform's, which this node does not work:
                // none of X's may start before it, and they fill the first pages of the walk.
                inbox.accept(new Arrival("other-0", "elsewhere", "ws", "X", "u", "command", "first"), NOW);
                for (int i = 1; i <= 300; i++) {
                    inbox.accept(new Arrival("x-" + i, "test", "ws", "X", "u", "command", "x " + i), NOW);
                }
                inbox.accept(new Arrival("y-1", "test", "ws", "Y", "u", "command", "y 1"), NOW);
                return null;
            });
            Optional<InboxEntry> taken = core.transactions().inTransaction(() ->
                    inbox.take(Set.of("test"), "node-1", NOW.plusSeconds(60)));
            assertThat(taken).map(e -> e.arrival().input()).contains("y 1");
            Optional<InboxEntry> next = core.transactions().inTransaction(() ->
                    inbox.take(Set.of("test"), "node-1", NOW.plusSeconds(60)));
            assertThat(next).as("X still waits its turn").isEmpty();
        }
    }
}

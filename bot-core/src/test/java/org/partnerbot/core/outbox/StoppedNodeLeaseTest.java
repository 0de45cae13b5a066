package org.partnerbot.core.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.reminders.SchedulingHarness;
import org.partnerbot.core.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node that died while sending a reminder holds its lease: once the cluster no longer lists that node, another
 * node sends the reminder at once (not five minutes later), and only once; while the node is listed, it waits.
 */
class StoppedNodeLeaseTest {

    @Test
    void aReminderLeasedByAStoppedNodeGoesOutFromAnotherOnce() {
        MutableClock clock = MutableClock.at("2026-11-27T10:00:00Z");
        try (SchedulingHarness h = SchedulingHarness.inMemory(clock)) {
            h.driver.say("sam", "setup Northside");
            h.driver.say("sam", "schedule weekly tue 10:00 Europe/London");
            long id = h.partnership().id();
            h.messenger.failNext(1, false);
            clock.set(Instant.parse("2026-11-30T10:00:00Z"));
            h.reminders().weekly(id, MessageKind.AGENDA_CALL, clock.instant());
            clock.advance(Duration.ofMinutes(1));

            // Node a takes the retry for sending, then dies before marking it sent.
            Outbox log = h.core.outbox();
            OutboxEntry entry = h.core.transactions().inTransaction(() -> log.due(clock.instant(), 10)).get(0);
            assertThat(h.core.transactions().inTransaction(() ->
                    log.lease(entry.id(), "node-a", clock.instant(), clock.instant().plus(OutboxDispatcher.LEASE)))).isTrue();

            AtomicReference<Set<String>> running = new AtomicReference<>(Set.of("node-a", "node-b"));
            h.core.dispatcher().runAsNode("node-b", running::get);
            assertThat(h.core.dispatcher().deliverDue()).as("node a still counts as running: its lease holds").isZero();
            assertThat(h.messenger.sent()).isEmpty();

            running.set(Set.of("node-b"));
            clock.advance(Duration.ofNanos(999_999_999)); // a real clock's nanoseconds, finer than the database keeps
            assertThat(h.core.dispatcher().deliverDue()).isEqualTo(1);
            assertThat(h.messenger.take()).singleElement().satisfies(s -> assertThat(s.text()).contains("Agenda call: Northside"));
            assertThat(h.core.dispatcher().deliverDue()).isZero();
            clock.advance(OutboxDispatcher.LEASE.plusMinutes(1));
            assertThat(h.core.dispatcher().deliverDue()).as("not again when node a's lease would have run out").isZero();
            assertThat(h.messenger.sent()).isEmpty();
            assertThat(h.core.transactions().inTransaction(() -> log.countByStatus(id))).isEqualTo(java.util.Map.of("SENT", 1));
        }
    }
}

package org.partnerbot.core.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.reminders.SchedulingHarness;
import org.partnerbot.core.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox does not grow forever: the daily sweep forgets reminders settled more than 90 days ago, and their
 * occurrence keys; a message still waiting is kept however old, and recent keys still stop a replayed firing.
 */
class OutboxRetentionTest {

    private final MutableClock clock = MutableClock.at("2026-11-27T10:00:00Z");
    private SchedulingHarness h;
    private long partnership;

    @BeforeEach
    void partnershipWithAMeetingOnTuesday() {
        h = SchedulingHarness.inMemory(clock);
        h.driver.say("sam", "setup Northside");
        h.driver.say("sam", "schedule weekly tue 10:00 Europe/London");
        partnership = h.partnership().id();
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void remindersSettledMoreThanNinetyDaysAgoAreForgottenAndWaitingOnesKept() {
        Instant oldCall = Instant.parse("2026-11-30T10:00:00Z");
        clock.set(oldCall);
        h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, oldCall);
        assertThat(h.messenger.take()).hasSize(1);
        h.messenger.failNext(1000, false); // from now on the platform is down: the next agenda call keeps waiting
        Instant waitingCall = Instant.parse("2026-12-07T10:00:00Z");
        clock.set(waitingCall);
        h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, waitingCall);
        assertThat(outbox()).containsOnly(Map.entry("SENT", 1), Map.entry("PENDING", 1));

        clock.set(oldCall.plus(OutboxRetention.KEEP).minus(Duration.ofHours(1)));
        h.reminders().sweep();
        assertThat(outbox()).as("not yet 90 days").containsEntry("SENT", 1);

        clock.set(oldCall.plus(OutboxRetention.KEEP).plus(Duration.ofDays(1)));
        h.reminders().sweep();
        assertThat(outbox()).as("the old sent one forgotten; the waiting one kept").containsOnlyKeys("PENDING");
        assertThat(occurrences()).as("the waiting one's key kept").isEqualTo(1);

        h.messenger.failNext(0, false);
        h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, waitingCall);
        clock.advance(Duration.ofHours(1));
        h.reminders().deliver();
        assertThat(h.messenger.take()).as("the waiting one goes out once, its replayed firing adds nothing").singleElement()
                .satisfies(s -> assertThat(s.text()).contains("Agenda call"));
        assertThat(outbox()).containsOnly(Map.entry("SENT", 1));
    }

    private Map<String, Integer> outbox() {
        return h.core.transactions().inTransaction(() -> h.core.outbox().countByStatus(partnership));
    }

    private int occurrences() {
        return h.core.transactions().inTransaction(() -> h.core.jdbc()
                .one("SELECT COUNT(*) FROM reminder_occurrences", rs -> rs.getInt(1)).orElseThrow());
    }
}

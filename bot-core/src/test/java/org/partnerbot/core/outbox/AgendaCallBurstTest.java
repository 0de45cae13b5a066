package org.partnerbot.core.outbox;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reminders.SchedulingHarness;
import org.partnerbot.core.schedule.MeetingSeries;
import org.partnerbot.core.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monday morning: hundreds of partnerships' agenda calls fall due in the same minute. The timers' threads only
 * record them and wake the sender, so the next partnership's call is recorded at once; and the sender, once
 * woken, goes on until nothing due is left instead of stopping after a hundred until the next round.
 */
class AgendaCallBurstTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T10:00:00Z");
    private static final int PARTNERSHIPS = 250;
    private final MutableClock clock = new MutableClock(MONDAY);
    private final SchedulingHarness h = SchedulingHarness.inMemory(clock);

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void aTimerThreadRecordsTheCallAndLeavesTheSendingToTheSender() {
        List<Runnable> woken = new ArrayList<>();
        h.core.dispatcher().sendSoonOn(woken::add);
        List<Long> ids = meetingTomorrow(3);

        ids.forEach(id -> h.reminders().weekly(id, MessageKind.AGENDA_CALL, MONDAY));

        assertThat(h.messenger.sent()).as("nothing sent on the timer's thread").isEmpty();
        assertThat(status()).containsExactly(Map.entry("PENDING", 3));
        assertThat(woken).as("kicks while one is waiting are folded into it").hasSize(1);

        woken.get(0).run();

        assertThat(h.messenger.sent()).hasSize(3).allSatisfy(s -> assertThat(s.text()).contains("Agenda call"));
        assertThat(status()).containsExactly(Map.entry("SENT", 3));
    }

    @Test
    void withoutASenderTheTimerSendsItself() {
        List<Long> ids = meetingTomorrow(1);

        h.reminders().weekly(ids.get(0), MessageKind.AGENDA_CALL, MONDAY);

        assertThat(h.messenger.sent()).hasSize(1);
    }

    @Test
    void aBurstWaitingAfterAnOutageIsSentInOneRoundNotAHundredAtATime() {
        List<Long> ids = meetingTomorrow(PARTNERSHIPS);
        h.messenger.failNext(PARTNERSHIPS, false);
        ids.forEach(id -> h.reminders().weekly(id, MessageKind.AGENDA_CALL, MONDAY));
        assertThat(status()).containsExactly(Map.entry("PENDING", PARTNERSHIPS));

        clock.advance(OutboxDispatcher.MAX_RETRY);
        h.reminders().deliver();

        assertThat(h.messenger.sent()).hasSize(PARTNERSHIPS);
        assertThat(status()).containsExactly(Map.entry("SENT", PARTNERSHIPS));
    }

    @Test
    void aSenderWokenForABurstSendsAllOfIt() {
        List<Long> ids = meetingTomorrow(PARTNERSHIPS);
        List<Runnable> woken = new ArrayList<>();
        h.core.dispatcher().sendSoonOn(woken::add);
        ids.forEach(id -> h.reminders().weekly(id, MessageKind.AGENDA_CALL, MONDAY));

        woken.forEach(Runnable::run);

        assertThat(h.messenger.sent()).hasSize(PARTNERSHIPS);
    }

    /** Partnerships that meet on Tuesday at 10:00 UTC: their agenda calls (24 h before) are due now. */
    private List<Long> meetingTomorrow(int n) {
        return h.core.transactions().inTransaction(() -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Partnership p = h.core.partnerships().create("test", "C" + i, "C" + i, "Partnership " + i);
                h.core.partnerships().updateZone(p.id(), ZoneOffset.UTC);
                h.scheduling.series().save(MeetingSeries.weekly(p.id(), DayOfWeek.TUESDAY, LocalTime.of(10, 0), ZoneOffset.UTC, 60));
                ids.add(p.id());
            }
            return ids;
        });
    }

    private Map<String, Integer> status() {
        return h.core.transactions().inTransaction(() -> h.core.jdbc().list(
                "SELECT status, COUNT(*) FROM reminder_outbox GROUP BY status", rs -> Map.entry(rs.getString(1), rs.getInt(2))))
                .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}

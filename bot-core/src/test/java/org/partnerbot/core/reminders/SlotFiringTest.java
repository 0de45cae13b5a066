package org.partnerbot.core.reminders;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.OutboxTargets;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.schedule.MeetingSeries;
import org.partnerbot.core.store.reminders.JdbcDutyFlags;
import org.partnerbot.core.store.schedule.JdbcMeetingSeries;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.transaction.Transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One firing of a weekly slot plans every partnership on it, in chunks: those on other slots hear nothing, and a
 * firing cut short after its first chunk, fired again (Quartz's recovery), leaves each partnership one agenda call;
 * a partnership that cannot be planned does not hold back the others of its chunk.
 */
class SlotFiringTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant MONDAY_10 = Instant.parse("2026-11-30T10:00:00Z");
    /** Tuesday 10:00 London meetings, agenda call 24 h before: Monday 10:00. */
    private static final WeeklyTimer SLOT = new WeeklyTimer(MessageKind.AGENDA_CALL, DayOfWeek.MONDAY, LocalTime.of(10, 0), LONDON);
    /** More than two chunks, so a firing cut after the first still has work left. */
    private static final int ON_THE_SLOT = ReminderService.SLOT_CHUNK * 2 + 50;

    private final MutableClock clock = new MutableClock(MONDAY_10);
    private final SchedulingHarness h = SchedulingHarness.inMemory(clock);

    /** Thrown into the firing as if the node died: an Error, so nothing on the way catches it as a failed chunk. */
    private static final class NodeDied extends Error {
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void aSlotSendsEachOfItsPartnershipsOneCallAndNoneToOthers() {
        List<Long> onSlot = seed(ON_THE_SLOT, DayOfWeek.TUESDAY, LocalTime.of(10, 0), LONDON, false);
        seed(3, DayOfWeek.TUESDAY, LocalTime.of(11, 0), LONDON, false);
        seed(3, DayOfWeek.TUESDAY, LocalTime.of(10, 0), ZoneId.of("Europe/Paris"), false);
        seed(3, DayOfWeek.TUESDAY, LocalTime.of(10, 0), LONDON, true);

        h.reminders().weeklySlot(SLOT, MONDAY_10);

        assertThat(callsByChannel()).hasSize(onSlot.size()).allSatisfy((channel, n) -> assertThat(n).isEqualTo(1));
        assertThat(agendaCallsRecorded()).isEqualTo(onSlot.size());
    }

    @Test
    void aSlotFiringCutShortAfterItsFirstChunkAndFiredAgainSendsEveryCallExactlyOnce() {
        List<Long> onSlot = seed(ON_THE_SLOT, DayOfWeek.TUESDAY, LocalTime.of(10, 0), LONDON, false);
        ReminderService dying = serviceOn(dyingOnceSomethingWasSent(h.core.transactions()));

        assertThatThrownBy(() -> dying.weeklySlot(SLOT, MONDAY_10)).isInstanceOf(NodeDied.class);
        assertThat(h.messenger.sent()).as("the first chunk was committed and sent before the node died")
                .hasSize(ReminderService.SLOT_CHUNK);

        h.reminders().weeklySlot(SLOT, MONDAY_10);

        assertThat(callsByChannel()).hasSize(onSlot.size()).allSatisfy((channel, n) -> assertThat(n).isEqualTo(1));
        assertThat(agendaCallsRecorded()).isEqualTo(onSlot.size());
    }

    @Test
    void onePartnershipThatCannotBePlannedCostsTheOthersOfItsChunkNothing() {
        List<Long> onSlot = seed(ON_THE_SLOT, DayOfWeek.TUESDAY, LocalTime.of(10, 0), LONDON, false);
        long broken = onSlot.get(10);
        ReminderService service = serviceOn(h.core.transactions(), failingToLock(h.core.outboxTargets(), broken));

        service.weeklySlot(SLOT, MONDAY_10);

        assertThat(callsByChannel()).hasSize(onSlot.size() - 1).allSatisfy((channel, n) -> assertThat(n).isEqualTo(1));
        assertThat(agendaCallsRecorded()).isEqualTo(onSlot.size() - 1);
    }

    /** The real targets, except that locking one partnership fails (a bad row, say). */
    private static OutboxTargets failingToLock(OutboxTargets real, long partnershipId) {
        return (OutboxTargets) java.lang.reflect.Proxy.newProxyInstance(OutboxTargets.class.getClassLoader(),
                new Class<?>[] {OutboxTargets.class}, (proxy, method, args) -> {
                    if (method.getName().equals("lockById") && args[0].equals(partnershipId)) {
                        throw new IllegalStateException("cannot lock this partnership");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Transactions that fail as a dead node would at the first one begun after the platform received anything. */
    private Transactions dyingOnceSomethingWasSent(Transactions real) {
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                if (!h.messenger.sent().isEmpty()) {
                    throw new NodeDied();
                }
                return real.inTransaction(work);
            }
        };
    }

    private ReminderService serviceOn(Transactions transactions) {
        return serviceOn(transactions, h.core.outboxTargets());
    }

    private ReminderService serviceOn(Transactions transactions, OutboxTargets targets) {
        var c = h.core;
        return new ReminderService(transactions, targets, c.partnerships(), new JdbcMeetingSeries(c.jdbc(), clock),
                c.outbox(), new JdbcDutyFlags(c.jdbc()), c.duties(), c.actions(), c.meetings(), c.members(), c.dispatcher(),
                clock);
    }

    private List<Long> seed(int n, DayOfWeek day, LocalTime time, ZoneId zone, boolean paused) {
        return h.core.transactions().inTransaction(() -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String conversation = "C-" + day + "-" + time + "-" + zone + "-" + paused + "-" + i;
                Partnership p = h.core.partnerships().create("test", conversation, conversation, "Partnership " + conversation);
                h.core.partnerships().updateZone(p.id(), zone);
                MeetingSeries s = MeetingSeries.weekly(p.id(), day, time, zone, 60);
                h.scheduling.series().save(paused ? s.withPaused(true) : s);
                ids.add(p.id());
            }
            return ids;
        });
    }

    private Map<String, Long> callsByChannel() {
        return h.messenger.sent().stream().filter(s -> s.text().contains("Agenda call"))
                .collect(Collectors.groupingBy(s -> s.destination().conversationRef(), Collectors.counting()));
    }

    private int agendaCallsRecorded() {
        return h.core.transactions().inTransaction(() -> h.core.jdbc().one(
                "SELECT COUNT(*) FROM reminder_occurrences WHERE kind = ?", rs -> rs.getInt(1), MessageKind.AGENDA_CALL.name())).orElseThrow();
    }
}

package org.partnerbot.core.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.partnerbot.core.messaging.DeliveryTag;
import org.partnerbot.core.reminders.RecordingMessenger.AfterArrival;
import org.partnerbot.core.reminders.RecordingMessenger;
import org.partnerbot.core.reminders.SchedulingHarness;
import org.partnerbot.core.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A send whose outcome nobody saw — the platform took the message but no answer came back, or the sender died
 * before recording it — is not simply repeated: the next attempt asks the platform for the message's tag first.
 * Where the platform keeps tags (Slack's message metadata) the reminder shows once; where it cannot tell (Teams,
 * the console) it goes again, never lost, saying that it may be a repeat. A failure that certainly did not
 * deliver (an outage answer, a 429) is retried without asking and without that notice.
 */
class UnknownOutcomeTest {

    private final MutableClock clock = MutableClock.at("2026-11-27T10:00:00Z");
    private SchedulingHarness h;
    private long partnership;
    private final DeliveryObserver observer = Mockito.mock(DeliveryObserver.class);

    @BeforeEach
    void partnershipWithAMeetingOnTuesday() {
        h = SchedulingHarness.inMemory(clock);
        h.driver.say("sam", "setup Northside");
        h.driver.say("sam", "schedule weekly tue 10:00 Europe/London");
        partnership = h.partnership().id();
        h.core.dispatcher().observe(observer);
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void aMessageThatArrivedUnansweredIsFoundByItsTagAndNotSentAgain() {
        h.messenger.keepTags().arriveThenFail(AfterArrival.NO_ANSWER);
        h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, clock.instant());
        assertThat(outbox()).as("not recorded as sent: nobody knows yet").containsExactly(Map.entry("PENDING", 1));

        clock.advance(OutboxDispatcher.FIRST_RETRY);
        assertThat(h.core.dispatcher().deliverDue()).isEqualTo(1);

        assertThat(h.messenger.sent()).singleElement().satisfies(s -> assertThat(s.text()).contains("Agenda call: Northside"));
        assertThat(h.messenger.lookedFor()).hasSize(1);
        assertThat(outbox()).containsExactly(Map.entry("SENT", 1));
        Mockito.verify(observer).delivered(MessageKind.AGENDA_CALL, DeliveryObserver.Outcome.RETRIED);
        Mockito.verify(observer).delivered(MessageKind.AGENDA_CALL, DeliveryObserver.Outcome.FOUND);
        Mockito.verifyNoMoreInteractions(observer);
    }

    @Test
    void aMessageTheSenderDiedSendingIsFoundByTheNodeThatTakesOver() {
        h.messenger.keepTags().arriveThenFail(AfterArrival.SENDER_DIES);
        h.core.dispatcher().runAsNode("node-a", () -> Set.of("node-a"));
        assertThatThrownBy(() -> h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, clock.instant()))
                .isInstanceOf(RecordingMessenger.SenderDied.class);
        assertThat(outbox()).as("node a holds the lease it never settled").containsExactly(Map.entry("SENDING", 1));

        h.core.dispatcher().runAsNode("node-b", () -> Set.of("node-b"));
        clock.advance(Duration.ofSeconds(1));
        assertThat(h.core.dispatcher().deliverDue()).isEqualTo(1);
        clock.advance(OutboxDispatcher.LEASE.plusMinutes(1));
        assertThat(h.core.dispatcher().deliverDue()).isZero();

        assertThat(h.messenger.sent()).as("shown once, by node a").hasSize(1);
        assertThat(h.messenger.lookedFor()).containsExactly(h.messenger.sent().get(0).tag());
        assertThat(outbox()).containsExactly(Map.entry("SENT", 1));
    }

    @Test
    void aMessageThatDidNotArriveIsSentAgainPlainlyOnceThePlatformSaysSo() {
        h.messenger.keepTags().arriveThenFail(AfterArrival.SENDER_DIES);
        h.core.dispatcher().runAsNode("node-a", () -> Set.of("node-a"));
        assertThatThrownBy(() -> h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, clock.instant()))
                .isInstanceOf(RecordingMessenger.SenderDied.class);
        h.messenger.take(); // as if the platform had lost it: the tag is nowhere to be found

        h.core.dispatcher().runAsNode("node-b", () -> Set.of("node-b"));
        clock.advance(Duration.ofSeconds(1));
        assertThat(h.core.dispatcher().deliverDue()).isEqualTo(1);

        assertThat(h.messenger.sent()).singleElement().satisfies(s -> {
            assertThat(s.text()).contains("Agenda call: Northside").doesNotContain("Sent again");
            assertThat(s.tag()).isEqualTo(h.messenger.lookedFor().get(0));
        });
        assertThat(outbox()).containsExactly(Map.entry("SENT", 1));
    }

    @Test
    void whereThePlatformCannotTellTheMessageGoesAgainSayingItMayBeARepeat() {
        h.messenger.arriveThenFail(AfterArrival.NO_ANSWER);
        h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, clock.instant());
        clock.advance(OutboxDispatcher.FIRST_RETRY);
        assertThat(h.core.dispatcher().deliverDue()).isEqualTo(1);

        assertThat(h.messenger.sent()).hasSize(2);
        assertThat(h.messenger.sent().get(0).text()).doesNotContain("Sent again");
        assertThat(h.messenger.sent().get(1).text()).contains("Agenda call: Northside").contains(org.partnerbot.core.i18n.IcuMessages.standard().text(org.partnerbot.core.i18n.Language.EN, "outbox.sentAgain"));
        DeliveryTag tag = h.messenger.sent().get(0).tag();
        assertThat(tag).isNotNull();
        assertThat(h.messenger.sent()).extracting(RecordingMessenger.Sent::tag).as("one tag for every attempt")
                .containsExactly(tag, tag);
        assertThat(outbox()).containsExactly(Map.entry("SENT", 1));
    }

    @Test
    void theDoubtOutlivesAFailedRetryWhenThePlatformCannotTell() {
        h.messenger.arriveThenFail(AfterArrival.NO_ANSWER);
        h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, clock.instant());
        h.messenger.failNext(1, false); // the retry meets an outage: it did not arrive, but the first one still may have
        clock.advance(OutboxDispatcher.FIRST_RETRY);
        assertThat(h.core.dispatcher().deliverDue()).isZero();
        clock.advance(OutboxDispatcher.FIRST_RETRY.multipliedBy(2));
        assertThat(h.core.dispatcher().deliverDue()).isEqualTo(1);

        assertThat(h.messenger.sent()).hasSize(2);
        assertThat(h.messenger.sent().get(1).text()).contains(org.partnerbot.core.i18n.IcuMessages.standard().text(org.partnerbot.core.i18n.Language.EN, "outbox.sentAgain"));
    }

    @Test
    void aFailureThatCertainlyDidNotDeliverIsRetriedWithoutAskingOrNotice() {
        h.messenger.keepTags().failNext(1, false);
        h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, clock.instant());
        clock.advance(OutboxDispatcher.FIRST_RETRY);
        assertThat(h.core.dispatcher().deliverDue()).isEqualTo(1);

        assertThat(h.messenger.lookedFor()).isEmpty();
        assertThat(h.messenger.sent()).singleElement().satisfies(s -> assertThat(s.text()).doesNotContain("Sent again"));
    }

    private Map<String, Integer> outbox() {
        return h.core.transactions().inTransaction(() -> h.core.outbox().countByStatus(partnership));
    }
}

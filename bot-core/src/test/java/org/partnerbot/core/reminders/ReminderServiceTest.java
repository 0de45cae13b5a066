package org.partnerbot.core.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.outbox.DeliveryObserver;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.testing.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/** The reminder service on a real database with a hand-moved clock: what goes out, when, to whom, and only once. */
class ReminderServiceTest {

    private final MutableClock clock = MutableClock.at("2026-11-27T10:00:00Z");
    private SchedulingHarness h;
    private long partnership;

    @BeforeEach
    void partnershipWithAScheduleAndUnownedDuties() {
        h = SchedulingHarness.inMemory(clock);
        for (String line : List.of(
                "sam: setup Northside Children's Partnership",
                "sam: purpose Keep every referred family safe",
                "sam: agency add Council Children's Services",
                "sam: agency add NHS Community Health",
                "sam: agency add Police Public Protection",
                "sam: member add @priya NHS Community Health",
                "sam: chair add @priya",
                "dan: agency join Police Public Protection",
                "sam: duty add Safeguarding lead",
                "sam: duty add Information sharing officer",
                "priya: duty claim Safeguarding lead",
                "dan: duty claim Safeguarding lead",
                "dan: agenda add Referral backlog from schools",
                "sam: schedule weekly tue 10:00 Europe/London 60m")) {
            int colon = line.indexOf(": ");
            h.driver.say(line.substring(0, colon), line.substring(colon + 2));
        }
        partnership = h.partnership().id();
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void theAgendaCallGoesToTheChannelOnceEvenWhenTheFiringIsReplayed() {
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, clock.instant());
        List<RecordingMessenger.Sent> sent = h.messenger.take();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).destination().direct()).isFalse();
        assertThat(sent.get(0).destination().conversationRef()).isEqualTo("test:C-test");
        assertThat(sent.get(0).text())
                .contains("Agenda call: Northside Children's Partnership")
                .contains("Next meeting: Tue 1 Dec 2026 10:00 GMT.")
                .contains("Purpose: Keep every referred family safe")
                .contains("1. Referral backlog from schools — dan (Police Public Protection)")
                .contains("Nothing yet from: Council Children's Services, NHS Community Health.")
                .contains("[Add agenda item: agenda add <agenda item>]")
                .contains("UNASSIGNED duties — nobody owns these")
                .contains("Information sharing officer (unowned for 3 days)")
                .contains("DUPLICATED duties — chair, please name one");

        clock.advance(Duration.ofMinutes(2));
        h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, Instant.parse("2026-11-30T10:00:00Z"));
        h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, clock.instant());
        assertThat(h.messenger.take()).as("a replayed firing sends nothing").isEmpty();
    }

    @Test
    void aMissedAgendaCallIsSentLateButNotOnceTheMeetingHasStarted() {
        clock.set(Instant.parse("2026-12-01T09:30:00Z"));
        h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, clock.instant());
        assertThat(h.messenger.take()).hasSize(1);

        clock.set(Instant.parse("2026-12-08T10:01:00Z"));
        h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, clock.instant());
        assertThat(h.messenger.take()).as("stale: the 8 Dec meeting has begun").isEmpty();
    }

    @Test
    void theMeetingStartNoticeShowsTheAgendaAndIsDroppedWhenHoursLate() {
        h.driver.say("priya", "#startmeeting");
        h.driver.say("priya", "#action review the escalation policy");
        h.driver.say("priya", "#endmeeting");
        clock.set(Instant.parse("2026-12-01T10:00:00Z"));
        h.reminders().weekly(partnership, MessageKind.MEETING_START, clock.instant());
        List<RecordingMessenger.Sent> sent = h.messenger.take();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).text()).contains("Meeting time: Northside Children's Partnership")
                .contains("Starting now (10:00, 60 minutes)")
                .contains("Open actions due for review (1)")
                .contains("review the escalation policy")
                .contains("Information sharing officer");

        clock.set(Instant.parse("2026-12-08T13:00:00Z"));
        h.reminders().weekly(partnership, MessageKind.MEETING_START, clock.instant());
        assertThat(h.messenger.take()).isEmpty();
    }

    @Test
    void aSkippedMeetingHasNoAgendaCall() {
        h.driver.say("sam", "schedule skip 2026-12-01");
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, clock.instant());
        h.reminders().weekly(partnership, MessageKind.MEETING_START, Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(h.messenger.take()).isEmpty();
    }

    @Test
    void aFailedSendIsRetriedWithGrowingDelaysAndNeverLost() {
        DeliveryObserver observer = org.mockito.Mockito.mock(DeliveryObserver.class);
        h.core.dispatcher().observe(observer);
        h.messenger.failNext(2, false);
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, clock.instant());
        assertThat(h.messenger.sent()).isEmpty();
        assertThat(outbox()).containsEntry("PENDING", 1);

        clock.advance(Duration.ofSeconds(20));
        assertThat(h.core.dispatcher().deliverDue()).as("not due before the 30 s back-off").isZero();
        clock.advance(Duration.ofSeconds(15));
        assertThat(h.core.dispatcher().deliverDue()).as("second attempt fails too").isZero();
        clock.advance(Duration.ofSeconds(45));
        assertThat(h.core.dispatcher().deliverDue()).as("the next back-off is a minute").isZero();
        clock.advance(Duration.ofSeconds(30));
        assertThat(h.core.dispatcher().deliverDue()).isEqualTo(1);
        assertThat(h.messenger.take()).singleElement().satisfies(s -> assertThat(s.text()).contains("Agenda call"));
        assertThat(outbox()).containsExactly(Map.entry("SENT", 1));
        clock.advance(Duration.ofHours(1));
        assertThat(h.core.dispatcher().deliverDue()).isZero();
        org.mockito.InOrder told = org.mockito.Mockito.inOrder(observer);
        told.verify(observer, org.mockito.Mockito.times(2)).delivered(MessageKind.AGENDA_CALL, DeliveryObserver.Outcome.RETRIED);
        told.verify(observer).delivered(MessageKind.AGENDA_CALL, DeliveryObserver.Outcome.SENT);
        org.mockito.Mockito.verifyNoMoreInteractions(observer);
    }

    @Test
    void aSendThePlatformRefusesForGoodIsNotRetried() {
        DeliveryObserver observer = org.mockito.Mockito.mock(DeliveryObserver.class);
        h.core.dispatcher().observe(observer);
        h.messenger.failNext(1, true);
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, clock.instant());
        clock.advance(Duration.ofHours(2));
        h.reminders().deliver();
        assertThat(h.messenger.sent()).isEmpty();
        assertThat(outbox()).containsExactly(Map.entry("FAILED", 1));
        org.mockito.Mockito.verify(observer).delivered(MessageKind.AGENDA_CALL, DeliveryObserver.Outcome.FAILED);
        org.mockito.Mockito.verifyNoMoreInteractions(observer);
    }

    @Test
    void dutiesUnownedInTwoAgendaCallsInARowAreEscalatedToTheChairsOnce() {
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, clock.instant());
        assertThat(h.messenger.take()).noneMatch(s -> s.destination().direct());

        clock.set(Instant.parse("2026-12-07T10:00:00Z"));
        h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, clock.instant());
        List<RecordingMessenger.Sent> second = h.messenger.take();
        assertThat(second).hasSize(2);
        RecordingMessenger.Sent dm = second.stream().filter(s -> s.destination().direct()).findFirst().orElseThrow();
        assertThat(dm.destination().userKey()).isEqualTo("priya");
        assertThat(dm.text()).contains("(to priya) Escalation from Northside Children's Partnership: duties still without one owner")
                .contains("Information sharing officer (unowned for 1 week)")
                .contains("Safeguarding lead — ");
        assertThat(dm.reply().blocks().stream()
                .filter(b -> b instanceof org.partnerbot.core.reply.Block.ListBlock)
                .flatMap(b -> ((org.partnerbot.core.reply.Block.ListBlock) b).items().stream())
                .filter(i -> i.button() != null))
                .as("buttons in a direct message name their partnership")
                .allMatch(i -> Long.valueOf(partnership).equals(i.button().partnershipId()));

        clock.set(Instant.parse("2026-12-14T10:00:00Z"));
        h.reminders().weekly(partnership, MessageKind.AGENDA_CALL, clock.instant());
        assertThat(h.messenger.take()).as("chairs hear once per run").noneMatch(s -> s.destination().direct());
    }

    @Test
    void withoutAnAgendaCallTheDutiesReminderGoesOutOnItsOwnWeekly() {
        h.driver.say("sam", "schedule pause");
        clock.set(Instant.parse("2026-11-28T08:45:00Z"));
        h.reminders().sweep();
        assertThat(h.messenger.take()).as("before 09:00 local").isEmpty();
        clock.set(Instant.parse("2026-11-28T09:00:00Z"));
        h.reminders().sweep();
        h.reminders().sweep();
        assertThat(h.messenger.take()).singleElement()
                .satisfies(s -> assertThat(s.text()).startsWith("Unassigned duties in Northside Children's Partnership"));
        clock.set(Instant.parse("2026-12-04T09:00:00Z"));
        h.reminders().sweep();
        assertThat(h.messenger.take()).isEmpty();
        clock.set(Instant.parse("2026-12-05T09:00:00Z"));
        h.reminders().sweep();
        List<RecordingMessenger.Sent> second = h.messenger.take();
        assertThat(second).extracting(s -> s.destination().direct()).containsExactlyInAnyOrder(false, true);
    }

    @Test
    void unassignedActionsTheMorningAfterThenTheChairsThreeDaysLater() {
        clock.set(Instant.parse("2026-12-01T10:00:00Z"));
        h.driver.say("priya", "#startmeeting Weekly partnership meeting");
        h.driver.say("priya", "#action review the escalation policy");
        h.driver.say("priya", "#action @dan share the referral list by 2026-12-04");
        h.driver.say("priya", "#action update the contact sheet");
        clock.set(Instant.parse("2026-12-01T11:00:00Z"));
        h.driver.say("priya", "#endmeeting");

        clock.set(Instant.parse("2026-12-01T15:00:00Z"));
        h.reminders().sweep();
        assertThat(h.messenger.take()).noneMatch(s -> s.text().contains("Unassigned actions"));

        clock.set(Instant.parse("2026-12-02T09:00:00Z"));
        h.reminders().sweep();
        List<RecordingMessenger.Sent> morning = h.messenger.take().stream().filter(s -> s.text().contains("actions")).toList();
        assertThat(morning).singleElement().satisfies(s -> assertThat(s.text())
                .contains("Unassigned actions from Weekly partnership meeting")
                .contains("left 2 actions without an owner")
                .contains("1. review the escalation policy  [Take: action take 1]")
                .contains("3. update the contact sheet  [Take: action take 3]")
                .doesNotContain("share the referral list"));

        h.driver.say("sam", "action take 3");
        clock.set(Instant.parse("2026-12-05T09:00:00Z"));
        h.reminders().sweep();
        List<RecordingMessenger.Sent> escalation = h.messenger.take().stream()
                .filter(s -> s.text().contains("actions still without an owner")).toList();
        assertThat(escalation).singleElement().satisfies(s -> {
            assertThat(s.destination().userKey()).isEqualTo("priya");
            assertThat(s.text()).contains("1. review the escalation policy").doesNotContain("contact sheet")
                    .contains("`action assign <id> @user|<agency>`");
        });
        clock.set(Instant.parse("2026-12-06T09:00:00Z"));
        h.reminders().sweep();
        assertThat(h.messenger.take()).noneMatch(s -> s.text().contains("actions still without an owner"));
    }

    @Test
    void anOverdueActionNudgesItsOwnerTheDayAfterThenWeeklyUntilDone() {
        h.driver.say("priya", "#startmeeting");
        h.driver.say("priya", "#action @dan share the referral list by 2026-12-04");
        h.driver.say("priya", "#action Police Public Protection check the missing-person log by 2026-12-04");
        h.driver.say("priya", "#endmeeting");
        h.driver.say("sam", "duty release Safeguarding lead");

        clock.set(Instant.parse("2026-12-04T12:00:00Z"));
        h.reminders().sweep();
        assertThat(h.messenger.take()).noneMatch(s -> s.text().contains("Overdue"));

        clock.set(Instant.parse("2026-12-05T09:00:00Z"));
        h.reminders().sweep();
        List<RecordingMessenger.Sent> nudges = h.messenger.take().stream().filter(s -> s.text().contains("Overdue")).toList();
        assertThat(nudges).hasSize(2).allMatch(s -> s.destination().direct() && s.destination().userKey().equals("dan"));
        assertThat(nudges).anySatisfy(s -> assertThat(s.text())
                .contains("(to dan) Overdue action in Northside Children's Partnership")
                .contains("share the referral list — due 2026-12-04 (OVERDUE)")
                .contains("[Mark done: action done 1]"));
        assertThat(nudges).anySatisfy(s -> assertThat(s.text()).contains("Police Public Protection (agency)"));

        clock.set(Instant.parse("2026-12-06T09:00:00Z"));
        h.reminders().sweep();
        assertThat(h.messenger.take()).noneMatch(s -> s.text().contains("Overdue"));

        h.driver.say("dan", "action done 2");
        clock.set(Instant.parse("2026-12-12T09:00:00Z"));
        h.reminders().sweep();
        assertThat(h.messenger.take().stream().filter(s -> s.text().contains("Overdue")).toList())
                .singleElement().satisfies(s -> assertThat(s.text()).contains("share the referral list"));
    }

    @Test
    void aReminderWithNothingLeftToSayIsClosedNotSent() {
        h.driver.say("dan", "duty release Safeguarding lead");
        h.driver.say("priya", "duty claim Information sharing officer");
        clock.set(Instant.parse("2026-12-01T10:00:00Z"));
        h.driver.say("priya", "#startmeeting");
        h.driver.say("priya", "#action review the escalation policy");
        h.driver.say("priya", "#endmeeting");
        h.messenger.failNext(1, false);
        clock.set(Instant.parse("2026-12-02T09:00:00Z"));
        h.reminders().sweep();
        h.driver.say("dan", "action take 1");
        clock.advance(Duration.ofMinutes(5));
        h.reminders().deliver();
        assertThat(h.messenger.take()).noneMatch(s -> s.text().contains("Unassigned actions"));
        assertThat(outbox()).containsEntry("OBSOLETE", 1);
    }

    private Map<String, Integer> outbox() {
        return h.core.transactions().inTransaction(() -> h.core.outbox().countByStatus(partnership));
    }
}

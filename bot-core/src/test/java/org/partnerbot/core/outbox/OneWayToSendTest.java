package org.partnerbot.core.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.testing.AssemblyDriver;
import org.partnerbot.core.welcome.Joining;

/**
 * Every message the bot sends unasked goes through the outbox: a digest, a pairing round's messages and a welcome
 * whose first send the platform refuses are delivered on a later outbox round, once, and counted in the metrics as
 * the reminders are. Nothing is marked sent before it was.
 */
class OneWayToSendTest {

    /** The platform refuses its first call for now (an outage answer), then takes everything. */
    private static final class RefusesTheFirstCall implements Messenger {
        private final Messenger platform;
        private final AtomicInteger calls = new AtomicInteger();

        RefusesTheFirstCall(Messenger platform) {
            this.platform = platform;
        }

        @Override
        public void send(Destination destination, Reply reply) {
            if (calls.incrementAndGet() == 1) {
                throw new DeliveryException("HTTP 503 from the platform", false, null, null);
            }
            platform.send(destination, reply);
        }
    }

    private record Outcome(MessageKind kind, DeliveryObserver.Outcome outcome) {
    }

    private static AssemblyDriver partnershipOfFour(List<Outcome> seen) {
        AssemblyDriver driver = new AssemblyDriver("2026-12-01T09:00:00Z", 3);
        driver.say("sam", "setup Northside");
        driver.say("sam", "agency add Council");
        driver.say("sam", "agency add Police");
        driver.say("sam", "agency join Council");
        driver.say("sue", "agency join Council");
        driver.say("dan", "agency join Police");
        driver.say("eve", "agency join Police");
        driver.messenger().drain();
        driver.core().sendThrough(new RefusesTheFirstCall(driver.messenger()));
        driver.core().dispatcher().observe((kind, outcome) -> seen.add(new Outcome(kind, outcome)));
        return driver;
    }

    private static Map<String, Integer> outbox(AssemblyDriver driver) {
        long id = driver.core().transactions().inTransaction(() ->
                driver.core().partnerships().findByConversation("test", "C-test")).orElseThrow().id();
        return driver.core().transactions().inTransaction(() -> driver.core().outbox().countByStatus(id));
    }

    @Test
    void aDigestWhoseFirstSendFailsArrivesOnALaterRoundOnce() {
        List<Outcome> seen = new ArrayList<>();
        try (AssemblyDriver driver = partnershipOfFour(seen)) {
            driver.say("sam", "#startmeeting");
            driver.say("dan", "the police view");
            driver.say("sam", "#endmeeting");
            driver.messenger().drain();
            driver.clock().advance(Duration.ofMinutes(61));

            driver.scheduling().wakeups().sweep();
            assertThat(driver.messenger().drain()).as("the platform refused the first send").isEmpty();
            assertThat(outbox(driver)).as("kept, not marked sent").containsExactlyEntriesOf(Map.of("PENDING", 1));

            driver.scheduling().wakeups().sweep();
            assertThat(driver.messenger().drain()).as("not due again before its back-off, and not queued twice").isEmpty();

            driver.clock().advance(Duration.ofSeconds(30));
            driver.scheduling().wakeups().deliver();
            List<String> digest = driver.messenger().drain();
            assertThat(digest.stream().filter(l -> l.equals("Weekly digest after the meeting — the partnership in figures:")))
                    .hasSize(1);
            assertThat(digest).noneMatch(l -> l.startsWith("(to "));

            driver.clock().advance(Duration.ofHours(2));
            driver.scheduling().wakeups().sweep();
            assertThat(driver.messenger().drain()).as("once").isEmpty();
            assertThat(outbox(driver)).containsExactlyEntriesOf(Map.of("SENT", 1));
            assertThat(seen).containsExactly(new Outcome(MessageKind.HEALTH_DIGEST, DeliveryObserver.Outcome.RETRIED),
                    new Outcome(MessageKind.HEALTH_DIGEST, DeliveryObserver.Outcome.SENT));
        }
    }

    @Test
    void aPairingMessageWhoseFirstSendFailsArrivesOnALaterRoundOnce() {
        List<Outcome> seen = new ArrayList<>();
        try (AssemblyDriver driver = partnershipOfFour(seen)) {
            List<String> round = driver.say("sam", "pairing now");
            assertThat(round).contains("Coffee chats this week (20 minutes, across agencies)");
            List<String> first = round.stream().filter(l -> l.matches("\\(to \\w+\\) Coffee chat this week.*")).toList();
            assertThat(first).as("three of four went out at once; the platform refused one").hasSize(3);
            assertThat(outbox(driver)).containsEntry("PENDING", 1).containsEntry("SENT", 3);

            driver.clock().advance(Duration.ofSeconds(30));
            assertThat(driver.core().dispatcher().deliverDue()).isEqualTo(1);
            List<String> later = driver.messenger().drain().stream()
                    .filter(l -> l.matches("\\(to \\w+\\) Coffee chat this week.*")).toList();
            assertThat(later).hasSize(1);
            List<String> everyone = new ArrayList<>(first);
            everyone.addAll(later);
            assertThat(everyone.stream().map(l -> l.substring(0, l.indexOf(')')))).containsExactlyInAnyOrder(
                    "(to sam", "(to sue", "(to dan", "(to eve");

            driver.clock().advance(Duration.ofHours(1));
            assertThat(driver.core().dispatcher().deliverDue()).as("once").isZero();
            assertThat(outbox(driver)).containsExactlyEntriesOf(Map.of("SENT", 4));
            assertThat(seen).filteredOn(o -> o.outcome() == DeliveryObserver.Outcome.SENT).hasSize(4)
                    .allMatch(o -> o.kind() == MessageKind.PAIRING);
            assertThat(seen).contains(new Outcome(MessageKind.PAIRING, DeliveryObserver.Outcome.RETRIED));
        }
    }

    @Test
    void theWeeklyRoundsChannelSummaryGoesThroughTheOutboxToo() {
        List<Outcome> seen = new ArrayList<>();
        try (AssemblyDriver driver = partnershipOfFour(seen)) {
            driver.core().sendThrough(driver.messenger());
            driver.say("sam", "pairing weekly on thu");
            driver.clock().set(java.time.Instant.parse("2026-12-03T09:15:00Z"));
            driver.scheduling().wakeups().sweep();
            List<String> sent = driver.messenger().drain();
            assertThat(sent).contains("Coffee chats this week (20 minutes, across agencies)");
            assertThat(sent.stream().filter(l -> l.matches("\\(to \\w+\\) Coffee chat this week.*"))).hasSize(4);
            assertThat(outbox(driver)).containsExactlyEntriesOf(Map.of("SENT", 5));
        }
    }

    @Test
    void aWelcomeWhoseFirstSendFailsArrivesOnALaterRoundOnce() {
        List<Outcome> seen = new ArrayList<>();
        try (AssemblyDriver driver = partnershipOfFour(seen)) {
            Joining newbie = new Joining("test", "C-test", "newbie", "newbie", "join-1");
            assertThat(driver.core().bot().joined(newbie)).isTrue();
            assertThat(driver.messenger().drain()).isEmpty();
            assertThat(driver.core().bot().joined(newbie)).as("the same notice again").isFalse();

            driver.clock().advance(Duration.ofSeconds(30));
            driver.core().dispatcher().deliverDue();
            List<String> welcome = driver.messenger().drain();
            assertThat(welcome).contains("(to newbie) Welcome to Northside, newbie!", "(to newbie) Which agency are you with?",
                    "(to newbie) [Council: agency join Council] [Police: agency join Police]");
            assertThat(driver.core().dispatcher().deliverDue()).isZero();
            assertThat(seen).containsExactly(new Outcome(MessageKind.WELCOME, DeliveryObserver.Outcome.RETRIED),
                    new Outcome(MessageKind.WELCOME, DeliveryObserver.Outcome.SENT));

            assertThat(driver.core().bot().joined(new Joining("test", "C-elsewhere", "newbie", "newbie", "join-2")))
                    .as("not a partnership's channel: nobody is welcomed").isFalse();
        }
    }

    @Test
    void aWelcomesButtonsNameThePartnershipSinceADirectMessageIsNotItsChannel() {
        List<Outcome> seen = new ArrayList<>();
        try (AssemblyDriver driver = partnershipOfFour(seen)) {
            List<Reply> sent = new ArrayList<>();
            List<Destination> to = new ArrayList<>();
            driver.core().sendThrough((destination, reply) -> {
                to.add(destination);
                sent.add(reply);
            });
            driver.core().bot().joined(new Joining("test", "C-test", "newbie", "newbie", "join-3"));
            // Sent right after the notice was taken in, without waiting for an outbox round.
            assertThat(to).containsExactly(Destination.person("test", "newbie", "newbie"));
            long id = driver.core().transactions().inTransaction(() ->
                    driver.core().partnerships().findByConversation("test", "C-test")).orElseThrow().id();
            List<org.partnerbot.core.reply.Button> buttons = sent.get(0).blocks().stream()
                    .filter(b -> b instanceof org.partnerbot.core.reply.Block.Buttons)
                    .flatMap(b -> ((org.partnerbot.core.reply.Block.Buttons) b).buttons().stream()).toList();
            assertThat(buttons).extracting(org.partnerbot.core.reply.Button::command)
                    .containsExactly("agency join Council", "agency join Police");
            assertThat(buttons).allSatisfy(b -> assertThat(b.partnershipId()).isEqualTo(id));
        }
    }
}

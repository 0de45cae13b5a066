package org.partnerbot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.teams.support.Activities;
import org.partnerbot.teams.support.CardPlainText;
import org.partnerbot.teams.support.FakeConnector;
import org.partnerbot.teams.support.TeamsHarness;

/** Reminders and direct messages go out through the reference stored when the conversation spoke to the bot. */
class ProactiveMessagesTest {

    private static final MutableClock CLOCK = MutableClock.at("2026-11-27T10:00:00Z");
    private static final Destination CHANNEL = Destination.conversation(Activities.WORKSPACE,
            "conversation:" + Activities.CHANNEL, "Northside");
    private static final Reply REMINDER = Reply.channel().heading("Agenda call")
            .line(Line.builder().text("Unassigned duties: Information sharing officer").build()).build();

    @TempDir
    Path dir;
    private FakeConnector connector;

    @BeforeEach
    void startConnector() throws Exception {
        connector = new FakeConnector();
    }

    @AfterEach
    void stopConnector() {
        connector.close();
    }

    private CoreModule openCore() {
        return CoreModule.open(TestDatabases.fileUrl(dir), "sa", "", CLOCK);
    }

    /** Sets up a partnership in the team channel (which stores its reference) in one run of the app. */
    private void setUpInChannel() {
        try (CoreModule core = openCore(); TeamsHarness app = TeamsHarness.anonymous(core)) {
            app.post(Activities.channelMessage(connector.serviceUrl(), "sam", "1", "setup Northside", true));
            app.post(Activities.personalMessage(connector.serviceUrl(), "dan", "help"));
        }
    }

    @Test
    void aReminderReachesTheChannelThroughTheStoredReferenceAfterARestart() {
        setUpInChannel();
        int before = connector.count();

        try (CoreModule core = openCore(); TeamsHarness restarted = TeamsHarness.anonymous(core)) {
            String stored = core.transactions().inTransaction(() -> core.partnerships()
                    .findByConversation(Activities.WORKSPACE, Activities.CHANNEL)).orElseThrow().conversationRef();
            restarted.teams().messenger().send(Destination.conversation(Activities.WORKSPACE, stored, "Northside"), REMINDER);
        }

        FakeConnector.Posted sent = connector.since(before).get(0);
        assertThat(sent.conversationId()).as("a new post in the channel, not a reply in a thread").isEqualTo(Activities.CHANNEL);
        assertThat(CardPlainText.read(CardPlainText.card(sent.activity())).lines())
                .containsExactly("Agenda call", "Unassigned duties: Information sharing officer");
    }

    @Test
    void aSendTheConnectorTookButNeverAnsweredIsNotRetriedHereAndMayHaveArrived() {
        setUpInChannel();
        int before = connector.count();

        try (CoreModule core = openCore(); TeamsHarness app = TeamsHarness.anonymous(core)) {
            String stored = core.transactions().inTransaction(() -> core.partnerships()
                    .findByConversation(Activities.WORKSPACE, Activities.CHANNEL)).orElseThrow().conversationRef();
            // A first post leaves a connection open that the next one reuses: where an HTTP client may resend.
            app.teams().messenger().send(Destination.conversation(Activities.WORKSPACE, stored, "Northside"), REMINDER);
            connector.hangUpAfterTakingNext();
            assertThatThrownBy(() -> app.teams().messenger().send(Destination.conversation(Activities.WORKSPACE, stored, "Northside"),
                    REMINDER)).isInstanceOfSatisfying(DeliveryException.class, e -> {
                        assertThat(e.permanent()).isFalse();
                        assertThat(e.mayHaveArrived()).as("left to the outbox, which says so when it sends again").isTrue();
                    });
        }

        assertThat(connector.since(before)).as("each posted once: not sent again blindly").hasSize(2);
    }

    @Test
    void aDirectMessageGoesToThePersonsChatWithTheBot() {
        setUpInChannel();
        int before = connector.count();

        try (CoreModule core = openCore(); TeamsHarness app = TeamsHarness.anonymous(core)) {
            app.teams().messenger().send(Destination.person(Activities.WORKSPACE, Activities.aadId("dan"), "dan"),
                    Reply.channel().text("Action 1 is overdue").build());
        }

        assertThat(connector.since(before).get(0).conversationId()).isEqualTo("a:personal-dan");
    }

    @Test
    void aDirectMessageToSomeoneOnlySeenInTheChannelOpensAChatWithThem() {
        setUpInChannel();
        int before = connector.count();

        try (CoreModule core = openCore(); TeamsHarness app = TeamsHarness.anonymous(core)) {
            app.teams().messenger().send(Destination.person(Activities.WORKSPACE, Activities.aadId("sam"), "sam"),
                    Reply.channel().text("Duty Information sharing officer has been unassigned for two reminders").build());
            app.teams().messenger().send(Destination.person(Activities.WORKSPACE, Activities.aadId("sam"), "sam"),
                    Reply.channel().text("And again").build());
        }

        assertThat(connector.opened()).as("opened once, then reused").hasSize(1);
        assertThat(connector.opened().get(0).path("members").get(0).path("id").asText()).isEqualTo(Activities.teamsId("sam"));
        assertThat(connector.opened().get(0).path("tenantId").asText()).isEqualTo(Activities.TENANT);
        List<FakeConnector.Posted> sent = connector.since(before);
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).conversationId()).startsWith("a:opened-").isEqualTo(sent.get(1).conversationId());
    }

    @Test
    void aDirectMessageToAStrangerFailsForGood() {
        setUpInChannel();
        try (CoreModule core = openCore(); TeamsHarness app = TeamsHarness.anonymous(core)) {
            assertThatThrownBy(() -> app.teams().messenger().send(Destination.person(Activities.WORKSPACE, "aad-nobody", "nobody"),
                    REMINDER)).isInstanceOfSatisfying(DeliveryException.class, e -> {
                        assertThat(e.permanent()).isTrue();
                        assertThat(e.getMessage()).contains("nobody");
                    });
        }
    }

    @Test
    void removingTheBotFromTheChannelDeactivatesItsReference() {
        setUpInChannel();
        try (CoreModule core = openCore(); TeamsHarness app = TeamsHarness.anonymous(core)) {
            ObjectNode removed = Activities.channelMessage(connector.serviceUrl(), "sam", "9", "", false);
            removed.put("type", "conversationUpdate");
            removed.remove("text");
            removed.putArray("membersRemoved").addObject().put("id", Activities.BOT_ID);
            assertThat(app.post(removed).status()).isIn(200, 202);
            int attempts = connector.attempts();

            assertThatThrownBy(() -> app.teams().messenger().send(CHANNEL, REMINDER))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.permanent()).isTrue());
            assertThat(connector.attempts()).isEqualTo(attempts);
        }
    }

    @Test
    void throttlingIsRetriedHonouringRetryAfter() {
        setUpInChannel();
        connector.failNext(429, "3");
        connector.failNext(412, null);
        connector.failNext(504, null);
        int before = connector.count();

        try (CoreModule core = openCore(); TeamsHarness app = TeamsHarness.anonymous(core)) {
            app.teams().messenger().send(CHANNEL, REMINDER);
            assertThat(app.waits).hasSizeGreaterThanOrEqualTo(2);
            assertThat(app.waits.get(0)).as("waited as long as Teams asked").isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        }
        assertThat(connector.attempts()).isGreaterThanOrEqualTo(before + 4);

        assertThat(connector.since(before)).as("delivered exactly once").hasSize(1);
    }

    @Test
    void persistentThrottlingIsATemporaryFailureForTheCallerToRetry() {
        setUpInChannel();
        for (int i = 0; i < 4; i++) {
            connector.failNext(429, "1");
        }

        try (CoreModule core = openCore(); TeamsHarness app = TeamsHarness.anonymous(core)) {
            assertThatThrownBy(() -> app.teams().messenger().send(CHANNEL, REMINDER))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> {
                        assertThat(e.permanent()).isFalse();
                        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1));
                    });
            assertThat(core.conversationReferences()
                    .findActive(Activities.WORKSPACE, "conversation:" + Activities.CHANNEL)).as("still usable").isPresent();
        }
    }

    @Test
    void aRefusalDeactivatesTheReference() {
        setUpInChannel();
        connector.failNext(403, null);

        try (CoreModule core = openCore(); TeamsHarness app = TeamsHarness.anonymous(core)) {
            assertThatThrownBy(() -> app.teams().messenger().send(CHANNEL, REMINDER))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.permanent()).isTrue());
            int attempts = connector.attempts();

            assertThatThrownBy(() -> app.teams().messenger().send(CHANNEL, REMINDER))
                    .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.permanent()).isTrue());
            assertThat(connector.attempts()).as("a deactivated reference is not tried again").isEqualTo(attempts);
            assertThat(app.waits).isEmpty();

            // Someone speaks in the channel again: the bot is back, and so is the reference.
            app.post(Activities.channelMessage(connector.serviceUrl(), "sam", "2", "agenda", true));
            app.teams().messenger().send(CHANNEL, REMINDER);
        }
    }
}

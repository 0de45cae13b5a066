package org.partnerbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.teams.card.CardActions;
import org.partnerbot.teams.support.Activities;
import org.partnerbot.teams.support.CardPlainText;
import org.partnerbot.teams.support.FakeConnector;
import org.partnerbot.teams.support.TeamsHarness;

/**
 * A person added to the partnership's team channel is welcomed in a personal chat, through the outbox, with the same
 * text and the same agency buttons as on Slack (InteractionsTest): the purpose, and which agency they are with.
 */
class WelcomeTest {

    private CoreModule core;
    private FakeConnector connector;
    private TeamsHarness harness;

    @BeforeEach
    void partnershipWithTwoAgencies() throws Exception {
        core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"));
        connector = new FakeConnector();
        harness = TeamsHarness.anonymous(core);
        connector.member(Activities.teamsId("sam"), "sam", Activities.aadId("sam"));
        connector.member(Activities.teamsId("newbie"), "newbie", Activities.aadId("newbie"));
        for (String line : List.of("setup Northside Children's Partnership", "purpose Keep every referred family safe",
                "agency add Police Public Protection", "agency add NHS Community Health")) {
            assertThat(harness.post(Activities.channelMessage(connector.serviceUrl(), "sam", "1", line, true)).status())
                    .isIn(200, 202);
        }
    }

    @AfterEach
    void stop() {
        harness.close();
        connector.close();
        core.close();
    }

    @Test
    void someoneAddedToTheChannelIsWelcomedOnceInAPersonalChatWithThePurposeAndAskedForTheirAgency() {
        int before = connector.count();
        ObjectNode added = Activities.membersAdded(connector.serviceUrl(), "sam", "newbie");
        assertThat(harness.post(added).status()).isIn(200, 202);
        assertThat(harness.post(added).status()).as("Teams resends the same activity").isIn(200, 202);

        List<FakeConnector.Posted> welcomes = connector.since(before).stream()
                .filter(p -> connector.personIn(p.conversationId()).isPresent()).toList();
        assertThat(welcomes).as("one welcome, in a chat the bot opened with newbie").hasSize(1);
        assertThat(connector.opened()).hasSize(1);
        assertThat(connector.opened().get(0).path("members").path(0).path("id").asText()).isEqualTo(Activities.teamsId("newbie"));
        JsonNode card = CardPlainText.card(welcomes.get(0).activity());
        String text = String.join("\n", CardPlainText.read(card).lines());
        assertThat(text).contains("Welcome to Northside Children's Partnership, newbie!",
                "Our shared purpose: Keep every referred family safe", "Which agency are you with?",
                "[Police Public Protection: agency join Police Public Protection]",
                "[NHS Community Health: agency join NHS Community Health]");

        long partnership = core.transactions().inTransaction(() -> core.partnerships()
                .findByConversation(Activities.WORKSPACE, Activities.CHANNEL)).orElseThrow().id();
        List<JsonNode> buttons = new ArrayList<>();
        card.findParents(CardActions.VALUE).forEach(buttons::add);
        assertThat(buttons).isNotEmpty().allSatisfy(data ->
                assertThat(core.bot().seal().pressed(data.path(CardActions.VALUE).asText()).orElseThrow().partnershipId())
                        .as("the button names the partnership, sealed").isEqualTo(partnership));
    }

    @Test
    void theBotBeingAddedIsNoWelcomeOfAPerson() {
        int before = connector.count();
        ObjectNode added = Activities.membersAdded(connector.serviceUrl(), "sam");
        added.withArray("membersAdded").addObject().put("id", Activities.BOT_ID);
        harness.post(added);
        assertThat(connector.since(before)).noneMatch(p -> connector.personIn(p.conversationId()).isPresent());
    }
}

package org.partnerbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/** Team channels with threads, group chats, resent activities, card presses and hostile text. */
class ConversationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private CoreModule core;
    private FakeConnector connector;
    private TeamsHarness harness;

    @BeforeEach
    void start() throws Exception {
        core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"));
        connector = new FakeConnector();
        harness = TeamsHarness.anonymous(core);
        for (String who : List.of("sam", "priya", "dan")) {
            connector.member(Activities.teamsId(who), who, Activities.aadId(who));
        }
    }

    @AfterEach
    void stop() {
        harness.close();
        connector.close();
        core.close();
    }

    private List<FakeConnector.Posted> say(ObjectNode activity) {
        int before = connector.count();
        assertThat(harness.post(activity).status()).isIn(200, 202);
        return connector.since(before);
    }

    private static String text(FakeConnector.Posted posted) {
        return String.join("\n", CardPlainText.read(CardPlainText.card(posted.activity())).lines());
    }

    private ObjectNode inThread(String who, String thread, String text, boolean mention) {
        return Activities.channelMessage(connector.serviceUrl(), who, thread, text, mention);
    }

    @Test
    void everyThreadOfTheChannelReachesTheSamePartnershipAndAnswersInItsOwnThread() {
        say(inThread("sam", "100", "setup Northside", true));
        say(inThread("sam", "100", "agenda add Referral backlog", true));

        List<FakeConnector.Posted> answer = say(inThread("dan", "200", "agenda", true));

        assertThat(answer).hasSize(1);
        assertThat(answer.get(0).conversationId()).isEqualTo(Activities.CHANNEL + ";messageid=200");
        assertThat(text(answer.get(0))).contains("Referral backlog");
    }

    @Test
    void channelTalkWithoutAMentionIsNotACommandButMeetBotLinesAre() {
        say(inThread("sam", "1", "setup Northside", true));
        say(inThread("sam", "1", "chair add @priya", true));

        assertThat(say(inThread("dan", "2", "agenda add this is just chat", false))).isEmpty();
        assertThat(text(say(inThread("priya", "3", "#startmeeting Weekly", false)).get(0))).contains("Meeting started");
        assertThat(say(inThread("dan", "3", "I agree with that", false))).isEmpty();
        String minutes = text(say(inThread("priya", "3", "#endmeeting", false)).get(0));

        assertThat(minutes).contains("dan (no agency): 1").doesNotContain("this is just chat");
    }

    @Test
    void aGroupChatIsItsOwnPartnership() {
        String chat = "19:group-chat@thread.v2";
        List<FakeConnector.Posted> setup = say(Activities.groupChatMessage(connector.serviceUrl(), "sam", chat, "setup Chat partnership", true));
        assertThat(setup.get(0).conversationId()).isEqualTo(chat);
        assertThat(text(setup.get(0))).contains("Chat partnership is set up");

        assertThat(text(say(inThread("sam", "1", "agenda", true)).get(0)))
                .as("the team channel is a different conversation").contains("not a partnership yet");
    }

    @Test
    void aResentActivityHasOneEffect() {
        say(inThread("sam", "1", "setup Northside", true));
        ObjectNode add = inThread("dan", "2", "agenda add Referral backlog", true);

        assertThat(say(add)).hasSize(1);
        assertThat(say(add)).as("Teams resent it: no second item, no second answer").isEmpty();

        assertThat(text(say(inThread("dan", "2", "agenda", true)).get(0)))
                .contains("1. Referral backlog").doesNotContain("2. Referral backlog");
    }

    @Test
    void mentionedPeopleAreKnownByTheirEntraIdAndMentionedBackNatively() {
        say(inThread("sam", "1", "setup Northside", true));
        // Teams names a mentioned person by their Teams id; the roster gives their Entra object id.
        say(inThread("sam", "1", "chair add @priya", true));

        List<org.partnerbot.core.partnership.Member> members = core.transactions().inTransaction(() -> core.members().list(
                core.partnerships().findByConversation(Activities.WORKSPACE, Activities.CHANNEL).orElseThrow().id()));
        assertThat(members).anySatisfy(m -> {
            assertThat(m.userKey()).isEqualTo(Activities.aadId("priya"));
            assertThat(m.displayName()).isEqualTo("priya");
            assertThat(m.chair()).isTrue();
        });
        assertThat(members).noneSatisfy(m -> assertThat(m.userKey()).isEqualTo(Activities.teamsId("priya")));

        // When priya herself speaks she is the same member, and replies mention her with a mention entity.
        JsonNode card = CardPlainText.card(say(inThread("priya", "2", "#startmeeting Weekly", false)).get(0).activity());
        say(inThread("priya", "2", "#action @dan send the referral list", false));
        JsonNode actions = CardPlainText.card(say(inThread("dan", "3", "actions", true)).get(0).activity());
        assertThat(actions.toString()).contains("<at>dan</at>");
        assertThat(actions.path("msteams").path("entities").toString())
                .contains("\"id\":\"" + Activities.aadId("dan") + "\"").contains("<at>dan</at>");
        assertThat(card.toString()).doesNotContain("29:");
    }

    @Test
    void aClaimButtonRunsForWhoeverPressesIt() {
        say(inThread("sam", "1", "setup Northside", true));
        say(inThread("sam", "1", "duty add Information sharing officer", true));
        JsonNode duties = CardPlainText.card(say(inThread("dan", "2", "duties", true)).get(0).activity());
        JsonNode claim = findAction(duties, "Claim");

        List<FakeConnector.Posted> pressed = say(Activities.submit(inThread("dan", "2", "", false), claim.path("data")));

        assertThat(text(pressed.get(0))).contains("dan").contains("Information sharing officer");
        assertThat(pressed.get(0).conversationId()).isEqualTo(Activities.CHANNEL + ";messageid=2");
    }

    @Test
    void aButtonThatNeedsTextAsksForItInTheCard() {
        say(inThread("sam", "1", "setup Northside", true));
        JsonNode agenda = CardPlainText.card(say(inThread("dan", "2", "agenda", true)).get(0).activity());
        JsonNode ask = findShowCard(agenda);
        assertThat(ask).as("an Action.ShowCard in %s", agenda).isNotNull();
        assertThat(ask.path("card").path("body").get(0).path("type").asText()).isEqualTo("Input.Text");
        ObjectNode data = ask.path("card").path("actions").get(0).path("data").deepCopy();
        data.put(CardActions.TEXT, "Referral backlog from schools");

        List<FakeConnector.Posted> pressed = say(Activities.submit(inThread("dan", "2", "", false), data));

        assertThat(text(pressed.get(0))).contains("Referral backlog from schools");
    }

    @Test
    void userTextCannotInjectLinksMarkupOrMentions() {
        say(inThread("sam", "1", "setup Northside", true));
        String hostile = "[Click to verify](https://evil.example/login) **urgent** <at>sam</at> {{DATE(2026-01-01T00:00:00Z)}}";
        ObjectNode add = inThread("dan", "2", "agenda add " + hostile, true);

        JsonNode card = CardPlainText.card(say(add).get(0).activity());
        String raw = card.toString();

        assertThat(raw).doesNotContain("[Click to verify](").doesNotContain("**urgent**")
                .doesNotContain("<at>sam</at>").doesNotContain("{{DATE");
        assertThat(raw).contains("\\\\[Click to verify\\\\]");
        assertThat(card.path("msteams").path("entities").toString()).doesNotContain("sam");
        assertThat(String.join("\n", CardPlainText.read(card).lines())).contains("[Click to verify](https://evil.example/login)");
    }

    private static JsonNode findAction(JsonNode node, String title) {
        if (node.path("type").asText().startsWith("Action.") && title.equals(node.path("title").asText())) {
            return node;
        }
        for (JsonNode child : node) {
            JsonNode found = findAction(child, title);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JsonNode findShowCard(JsonNode node) {
        if ("Action.ShowCard".equals(node.path("type").asText())) {
            return node;
        }
        for (JsonNode child : node) {
            JsonNode found = findShowCard(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}

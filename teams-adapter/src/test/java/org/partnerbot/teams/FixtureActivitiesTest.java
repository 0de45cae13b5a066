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

/** The activities the Agents Playground really sent, posted to {@code /api/messages} as it posts them. */
class FixtureActivitiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PERSONAL_CHAT = "efda745d-2e76-4156-98b2-ce914db22664";

    private CoreModule core;
    private FakeConnector connector;
    private TeamsHarness harness;

    @BeforeEach
    void start() throws Exception {
        core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"));
        connector = new FakeConnector();
        harness = TeamsHarness.anonymous(core);
    }

    @AfterEach
    void stop() {
        harness.close();
        connector.close();
        core.close();
    }

    private ObjectNode fixture(String name) {
        return Activities.fixture(name, connector.serviceUrl());
    }

    /** Declares 300 KB and sends none of it: the answer must come without the body being read. */
    private String declaringOversizedBody() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", harness.endpoint().getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + 300 * 1024 + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            int n;
            while (!answer.toString().endsWith("\n\n") && (n = socket.getInputStream().read(buffer)) > 0) {
                answer.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.UTF_8));
                if (answer.indexOf("KB.") > 0) {
                    break;
                }
            }
            return answer.toString();
        }
    }

    private List<String> text(FakeConnector.Posted posted) {
        return CardPlainText.read(CardPlainText.card(posted.activity())).lines();
    }

    @Test
    void installingWelcomesOnceWithThePurposeAndStoresTheReference() {
        assertThat(harness.post(fixture("installationUpdate-personal.json")).status()).isIn(200, 202);
        assertThat(harness.post(fixture("conversationUpdate-personal.json")).status()).isIn(200, 202);

        assertThat(connector.posted()).hasSize(1);
        FakeConnector.Posted welcome = connector.posted().get(0);
        assertThat(welcome.conversationId()).isEqualTo(PERSONAL_CHAT);
        assertThat(String.join("\n", text(welcome)))
                .contains("Partnerbot")
                .contains("run the weekly meetings of a multi-agency partnership");
        String workspace = "teams:00000000-0000-0000-0000-0000000000001";
        assertThat(core.conversationReferences()
                .findActive(workspace, "conversation:" + PERSONAL_CHAT)).isPresent();
        assertThat(core.conversationReferences()
                .findActive(workspace, "user:00000000-0000-0000-0000-0000000000020")).isPresent();
    }

    @Test
    void aPersonalMessageIsACommandWithoutAMention() {
        ObjectNode hello = fixture("message-personal.json");
        assertThat(harness.post(hello).status()).isIn(200, 202);

        FakeConnector.Posted reply = connector.posted().get(0);
        assertThat(reply.conversationId()).isEqualTo(PERSONAL_CHAT);
        assertThat(reply.replyToId()).isEqualTo(hello.get("id").asText());
        assertThat(String.join("\n", text(reply))).contains("I don't know `hello`");
        assertThat(CardPlainText.read(CardPlainText.card(reply.activity())).forAsker())
                .as("a personal chat needs no 'for' line").isFalse();
    }

    @Test
    void aWelshLocaleActivityIsAnsweredInWelsh() {
        // Teams sends the reader's client language as the activity's locale (issue 17): cy-GB reads Welsh.
        ObjectNode hello = fixture("message-personal.json");
        hello.put("locale", "cy-GB");
        assertThat(harness.post(hello).status()).isIn(200, 202);

        assertThat(String.join("\n", text(connector.posted().get(0))))
                .contains(org.partnerbot.core.i18n.IcuMessages.standard().text(org.partnerbot.core.i18n.Language.CY,
                        "refusal.unknownVerb", "hello"));
    }

    @Test
    void theBotsOwnMentionIsStrippedAndTheReplyGoesToTheThread() {
        assertThat(harness.post(fixture("message-mention-channel.json")).status()).isIn(200, 202);

        FakeConnector.Posted reply = connector.posted().get(0);
        assertThat(reply.conversationId()).isEqualTo("team-id;messageid=1795796001091");
        assertThat(String.join("\n", text(reply))).contains("I don't know `ping`").doesNotContain("Test Bot");
    }

    @Test
    void aSubmitFromSomeoneElsesCardIsRefusedInOneLine() {
        assertThat(harness.post(fixture("message-card-submit-personal.json")).status()).isIn(200, 202);

        assertThat(text(connector.posted().get(0))).containsExactly("That button is not one of mine, so I did nothing."
                + " Type `help` to see what I can do.");
    }

    @Test
    void aWelshClientsSubmitFromSomeoneElsesCardIsRefusedInWelsh() {
        ObjectNode activity = fixture("message-card-submit-personal.json");
        activity.put("locale", "cy-GB");
        assertThat(harness.post(activity).status()).isIn(200, 202);

        assertThat(text(connector.posted().get(0)))
                .containsExactly(org.partnerbot.core.i18n.IcuMessages.standard().text(org.partnerbot.core.i18n.Language.CY,
                        "teams.press.notOurs"));
    }

    @Test
    void aSubmitOfOurButtonRunsItsCommand() {
        ObjectNode press = fixture("message-card-submit-personal.json");
        press.set("value", JSON.createObjectNode().put(CardActions.VALUE,
                core.bot().seal().button(org.partnerbot.core.reply.Button.of("Help", "help", "help"), null)));
        harness.post(press);

        assertThat(String.join("\n", text(connector.posted().get(0)))).contains("setup <name>");
    }

    @Test
    void anExecuteIsAnsweredWithAnUpdatedCard() throws Exception {
        ObjectNode execute = fixture("invoke-adaptiveCard-action-personal.json");
        ((ObjectNode) execute.path("value").path("action")).set("data",
                JSON.createObjectNode().put(CardActions.VALUE, core.bot().seal().button(
                        org.partnerbot.core.reply.Button.of("Add", "agenda.add", "agenda add Referral backlog from schools"), null)));

        TeamsHarness.Answer answer = harness.post(execute);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(body.path("value").path("version").asText()).isEqualTo("1.5");
        assertThat(String.join("\n", CardPlainText.read(body.path("value")).lines()))
                .contains("I can't tell which partnership you mean");
        assertThat(connector.posted()).as("the answer is the invoke response, not a new message").isEmpty();
    }

    @Test
    void theCapturedExecuteOfAnotherCardGetsACardSayingSo() throws Exception {
        TeamsHarness.Answer answer = harness.post(fixture("invoke-adaptiveCard-action-personal.json"));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode card = JSON.readTree(answer.body()).path("value");
        assertThat(String.join("\n", CardPlainText.read(card).lines())).contains("That button is not one of mine");
    }

    @Test
    void unreadableOversizedAndWrongMethodRequestsGetClearStatuses() throws Exception {
        assertThat(harness.post("{not json", null).status()).isEqualTo(400);
        assertThat(harness.post("{\"text\":\"no type\"}", null).status()).isEqualTo(400);
        assertThat(declaringOversizedBody()).startsWith("HTTP/1.1 413").contains("larger than 256 KB");
        var get = harness.client().send(java.net.http.HttpRequest.newBuilder(harness.endpoint()).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(connector.posted()).isEmpty();
    }
}

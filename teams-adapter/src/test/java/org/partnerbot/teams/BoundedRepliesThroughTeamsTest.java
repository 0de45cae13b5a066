package org.partnerbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.partnership.MembershipStatus;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Pages;
import org.partnerbot.core.testing.BigPartnership;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.Sealed;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.teams.card.CardActions;
import org.partnerbot.teams.support.Activities;
import org.partnerbot.teams.support.CardPlainText;
import org.partnerbot.teams.support.FakeConnector;
import org.partnerbot.teams.support.TeamsHarness;

/**
 * Long lists through Teams: every card stays under Teams' 28 KB message limit, and its "Show more" button, pressed
 * again and again, carries on where the last card stopped until the end, with every item shown once. The button's
 * data is sealed like every other; a changed one is refused, and someone who has left gets nothing more by pressing it.
 */
class BoundedRepliesThroughTeamsTest {

    /** The button label an English reader sees. */
    private static final String SHOW_MORE = org.partnerbot.core.i18n.IcuMessages.standard()
            .text(org.partnerbot.core.i18n.Language.EN, "pages.showMore");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TEAMS_MESSAGE_BYTES = 28 * 1024;
    private static final String REFUSED = "That button is not one I can run any more: I did not make it, or it was changed,"
            + " so I did nothing.";
    private MutableClock clock;
    private CoreModule core;
    private FakeConnector connector;
    private TeamsHarness harness;
    private int thread;
    private long partnership;
    private long sam;

    @BeforeEach
    void partnership() throws Exception {
        clock = MutableClock.at("2026-11-27T10:00:00Z");
        core = new CoreModule(TestDatabases.inMemory(), clock);
        connector = new FakeConnector();
        harness = TeamsHarness.anonymous(core);
        for (String who : List.of("sam", "dan")) {
            connector.member(Activities.teamsId(who), who, Activities.aadId(who));
        }
        say("sam", "setup Northside");
        partnership = core.transactions().inTransaction(() -> core.partnerships().findByConversation(Activities.WORKSPACE,
                Activities.CHANNEL)).orElseThrow().id();
        sam = core.transactions().inTransaction(() -> core.members().findByUserKey(partnership, Activities.aadId("sam")))
                .orElseThrow().id();
    }

    @AfterEach
    void stop() {
        harness.close();
        connector.close();
        core.close();
    }

    @Test
    void aSixtyItemAgendaComesInCardsUnderTheLimitAndShowMoreGoesToTheEnd() {
        BigPartnership.agenda(core, partnership, sam, 60, 1900);
        List<JsonNode> cards = readToTheEnd("sam", "agenda");
        assertThat(cards.size()).as("cards").isGreaterThan(1);
        assertThat(numbers(cards, "Item")).containsExactlyElementsOf(IntStream.rangeClosed(1, 60).boxed().toList());
    }

    @Test
    void fiveHundredActionsComeInCardsUnderTheLimitAndShowMoreGoesToTheEnd() {
        BigPartnership.actions(core, partnership, sam, 500);
        List<JsonNode> cards = readToTheEnd("sam", "actions");
        assertThat(cards.size()).as("cards").isGreaterThan(2);
        // `actions` is one action log (issue 14): across the messages each action comes exactly once, in order,
        // none lost or repeated.
        assertThat(numbers(cards, "Action")).containsExactlyElementsOf(IntStream.rangeClosed(1, 500).boxed().toList());
    }

    @Test
    void theAgenciesOfTenThousandMembersComeInCardsUnderTheLimitAndShowMoreGoesToTheEnd() {
        BigPartnership.members(core, Activities.WORKSPACE, partnership, "aad-big-", 10_000, 5);
        List<JsonNode> cards = readToTheEnd("sam", "agencies");
        List<Integer> people = new ArrayList<>();
        for (JsonNode card : cards) {
            Matcher m = Pattern.compile("\"id\":\"aad-big-(\\d{5})\"").matcher(card.toString());
            while (m.find()) {
                people.add(Integer.parseInt(m.group(1)));
            }
        }
        assertThat(cards.size()).as("cards; the first: " + text(cards.get(0))).isGreaterThan(1);
        assertThat(people.size()).as("people mentioned").isEqualTo(10_000);
        assertThat(new HashSet<>(people).size()).as("each once").isEqualTo(10_000);
    }

    @Test
    void aChangedShowMoreValueIsRefused() {
        BigPartnership.agenda(core, partnership, sam, 60, 1900);
        String more = showMore(last(channelPost("sam", Activities.channelMessage(connector.serviceUrl(), "sam", thread(), "agenda", true))));
        assertThat(text(press("sam", Sealed.tampered(more)))).contains(REFUSED).doesNotContain("Item 000");
        String[] parts = more.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String startAgain = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replaceFirst("&o=\\d+", "&o=0").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(text(press("sam", startAgain))).contains(REFUSED);
    }

    @Test
    void someoneWhoLeftGetsNothingMoreByPressingShowMoreInTheirPersonalChat() {
        BigPartnership.agenda(core, partnership, sam, 60, 1900);
        say("dan", "agenda");
        String more = core.bot().seal().button(new Button(SHOW_MORE, Pages.SHOW_MORE_ACTION, "agenda", null, null, 30),
                partnership);
        assertThat(text(personalPress("dan", more))).as("while a member").contains("Item 00031");

        ObjectNode removed = Activities.fixture("conversationUpdate-membersRemoved-channel.json", connector.serviceUrl());
        ((ObjectNode) removed.get("membersRemoved").get(0)).put("id", Activities.teamsId("dan"));
        ((ObjectNode) removed.get("conversation")).put("id", Activities.CHANNEL).put("tenantId", Activities.TENANT);
        ((ObjectNode) removed.get("channelData").get("tenant")).put("id", Activities.TENANT);
        ((ObjectNode) removed.get("recipient")).put("id", Activities.BOT_ID);
        connector.removeMember(Activities.teamsId("dan"));
        assertThat(harness.post(removed).status()).isIn(200, 202);
        harness.settle();
        String answer = text(personalPress("dan", more));
        assertThat(core.transactions().inTransaction(() -> core.members().findByUserKey(partnership, Activities.aadId("dan")))
                .orElseThrow().status()).isEqualTo(MembershipStatus.LEFT_CHANNEL);
        assertThat(answer).as("what the ex-member gets").doesNotContain("Item 000").doesNotContain(SHOW_MORE);
    }

    private String thread() {
        return "1795796001" + (++thread);
    }

    private void say(String who, String text) {
        channelPost(who, Activities.channelMessage(connector.serviceUrl(), who, thread(), text, true));
    }

    /** The cards posted in answer to one activity. */
    private List<JsonNode> channelPost(String who, ObjectNode activity) {
        int before = connector.count();
        assertThat(harness.post(activity).status()).isIn(200, 202);
        harness.settle();
        List<JsonNode> out = new ArrayList<>();
        for (FakeConnector.Posted p : connector.since(before)) {
            assertThat(p.activity().toString().getBytes(StandardCharsets.UTF_8).length).as("bytes of one Teams message")
                    .isLessThan(TEAMS_MESSAGE_BYTES);
            out.add(CardPlainText.card(p.activity()));
        }
        return out;
    }

    private static JsonNode last(List<JsonNode> cards) {
        assertThat(cards).as("an answer").isNotEmpty();
        return cards.get(cards.size() - 1);
    }

    private JsonNode press(String who, String value) {
        return last(channelPost(who, Activities.submit(Activities.channelMessage(connector.serviceUrl(), who, thread(), "", false),
                JSON.createObjectNode().put(CardActions.VALUE, value))));
    }

    private JsonNode personalPress(String who, String value) {
        return last(channelPost(who, Activities.submit(Activities.personalMessage(connector.serviceUrl(), who, ""),
                JSON.createObjectNode().put(CardActions.VALUE, value))));
    }

    private List<JsonNode> readToTheEnd(String who, String command) {
        List<JsonNode> cards = new ArrayList<>();
        JsonNode card = last(channelPost(who, Activities.channelMessage(connector.serviceUrl(), who, thread(), command, true)));
        while (true) {
            cards.add(card);
            String more = showMore(card);
            if (more == null) {
                return cards;
            }
            assertThat(cards.size()).as("cards").isLessThan(400);
            card = press(who, more);
        }
    }

    private static String text(JsonNode card) {
        return String.join("\n", CardPlainText.read(card).lines());
    }

    /** The sealed value of the card's "Show more" button, or null when it has none. */
    private static String showMore(JsonNode node) {
        if (node.isObject()) {
            if ("Action.Submit".equals(node.path("type").asText()) && SHOW_MORE.equals(node.path("title").asText())) {
                return node.path("data").path(CardActions.VALUE).asText();
            }
        }
        for (JsonNode child : node) {
            String found = showMore(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<Integer> numbers(List<JsonNode> cards, String word) {
        List<Integer> out = new ArrayList<>();
        Pattern p = Pattern.compile(word + " (\\d{5})");
        for (JsonNode card : cards) {
            Matcher m = p.matcher(text(card));
            while (m.find()) {
                out.add(Integer.parseInt(m.group(1)));
            }
        }
        return out;
    }
}

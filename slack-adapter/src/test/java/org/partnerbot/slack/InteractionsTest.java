package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.reply.Button;
import org.partnerbot.slack.fakes.FakeSlackApi;

/** Buttons, the agenda modal, the App Home tab and the welcome for people joining the channel. */
class InteractionsTest {

    private SlackTestbed bed;
    private SlackDriver driver;

    @BeforeEach
    void setUp() throws Exception {
        bed = new SlackTestbed();
        driver = new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND);
        driver.say("sam", "setup Northside Children's Partnership");
        driver.say("sam", "purpose Keep every referred family safe");
        driver.say("sam", "agency add Police Public Protection");
        driver.say("sam", "agency add NHS Community Health");
    }

    @AfterEach
    void tearDown() {
        bed.close();
    }

    @Test
    void addAgendaItemOpensAModalAndSubmittingItAddsTheItem() {
        List<String> agenda = driver.say("dan", "agenda");
        assertThat(String.join("\n", agenda)).contains("[Add agenda item: agenda add <agenda item>]");
        String value = bed.core.bot().seal().button(Button.asking("Add agenda item", "agenda.add", "agenda add", "Agenda item"), null);

        bed.form(bed.blockAction(FakeSlackApi.TEAM, "UDAN", "partner.agenda.add.1", value, false, SlackTestbed.CHANNEL));
        bed.settle();
        List<FakeSlackApi.Call> opened = bed.api.calls("views.open");
        assertThat(opened).hasSize(1);
        JsonObject modal = JsonParser.parseString(opened.get(0).param("view")).getAsJsonObject();
        assertThat(modal.get("callback_id").getAsString()).isEqualTo("partner.prompt");
        assertThat(modal.toString()).contains("Agenda item");

        HttpResponse<String> empty = bed.form(viewSubmission(modal.get("private_metadata").getAsString(), "  "));
        assertThat(empty.body()).as("an empty form stays open with a message").contains("errors");

        int before = bed.api.size();
        HttpResponse<String> ack = bed.form(viewSubmission(modal.get("private_metadata").getAsString(), "Budget & <!channel> review"));
        bed.settle();
        assertThat(ack.statusCode()).isEqualTo(200);
        List<FakeSlackApi.Call> answers = bed.api.calls().subList(before, bed.api.size()).stream().filter(FakeSlackApi.Call::isPost).toList();
        assertThat(answers).hasSize(1);
        assertThat(answers.get(0).mrkdwn()).contains("Agenda item 1 added by <@UDAN>: Budget &amp; &lt;!channel&gt; review");
    }

    @Test
    void aFormSubmittedAfterItsResponseUrlExpiredIsAnsweredInTheChannel() {
        String value = bed.core.bot().seal().button(Button.asking("Add agenda item", "agenda.add", "agenda add", "Agenda item"), null);
        bed.form(bed.blockAction(FakeSlackApi.TEAM, "UDAN", "partner.agenda.add.1", value, false, SlackTestbed.CHANNEL));
        bed.settle();
        String meta = JsonParser.parseString(bed.api.calls("views.open").get(0).param("view")).getAsJsonObject()
                .get("private_metadata").getAsString();
        bed.api.failNext("response", 404, null, "expired_url");

        bed.form(viewSubmission(meta, "Late item"));
        bed.settle();

        FakeSlackApi.Call post = bed.api.calls("chat.postMessage").get(bed.api.calls("chat.postMessage").size() - 1);
        assertThat(post.param("channel")).isEqualTo(SlackTestbed.CHANNEL);
        assertThat(post.mrkdwn()).contains("Late item");
    }

    @Test
    void appHomeShowsMyActionsAndUnassignedDutiesAndItsButtonsWork() {
        driver.say("sam", "member add @dan Police Public Protection");
        driver.say("sam", "duty add Information sharing officer");
        driver.say("sam", "#startmeeting Weekly");
        driver.say("sam", "#action @dan share the referral list");
        driver.say("sam", "#endmeeting");

        bed.signed(bed.event("event.app_home_opened.json", FakeSlackApi.TEAM, "EvHOME1", Map.of("user", "UDAN", "channel", "DUDAN")),
                "application/json", Map.of());
        bed.settle();
        List<FakeSlackApi.Call> published = bed.api.calls("views.publish");
        assertThat(published).hasSize(1);
        assertThat(published.get(0).param("user_id")).isEqualTo("UDAN");
        String home = String.join("\n", SlackText.lines(published.get(0).blocks()));
        assertThat(home).contains("Northside Children's Partnership", "Purpose: Keep every referred family safe",
                "Your open actions (1)", "1. share the referral list", "[Mark done: action done 1]",
                "UNASSIGNED", "Information sharing officer  [Claim: duty claim Information sharing officer]");
        JsonObject done = button(published.get(0).blocks(), "Mark done");
        assertThat(bed.core.bot().seal().pressed(done.get("value").getAsString()).orElseThrow().partnershipId())
                .as("buttons in the Home tab name their partnership").isNotNull();

        int before = bed.api.size();
        bed.form(bed.blockAction(FakeSlackApi.TEAM, "UDAN", done.get("action_id").getAsString(), done.get("value").getAsString(), true, null));
        bed.settle();
        List<FakeSlackApi.Call> after = bed.api.calls().subList(before, bed.api.size());
        FakeSlackApi.Call channelPost = after.stream().filter(c -> c.method().equals("chat.postMessage")).findFirst().orElseThrow();
        assertThat(channelPost.param("channel")).isEqualTo(SlackTestbed.CHANNEL);
        assertThat(channelPost.mrkdwn()).contains("Done: action 1");
        FakeSlackApi.Call refreshed = after.stream().filter(c -> c.method().equals("views.publish")).findFirst().orElseThrow();
        assertThat(String.join("\n", SlackText.lines(refreshed.blocks()))).contains("Done: action 1")
                .contains("Nothing open for you or your agency.");
    }

    @Test
    void appHomeForSomeoneInNoPartnershipSaysHowToStart() {
        bed.signed(bed.event("event.app_home_opened.json", FakeSlackApi.TEAM, "EvHOME2", Map.of("user", "UNOBODY")),
                "application/json", Map.of());
        bed.settle();
        assertThat(String.join("\n", SlackText.lines(bed.api.calls("views.publish").get(0).blocks())))
                .contains("You are not in a partnership yet.", "/partner setup");
    }

    @Test
    void someoneJoiningTheChannelIsWelcomedOnceWithThePurposeAndAskedForTheirAgency() {
        String body = bed.event("event.member_joined_channel.json", FakeSlackApi.TEAM, "EvJOIN1",
                Map.of("user", "UNEWBIE", "channel", SlackTestbed.CHANNEL));
        bed.signed(body, "application/json", Map.of());
        bed.signed(body, "application/json", Map.of("X-Slack-Retry-Num", "1"));
        bed.settle();

        // By direct message, through the outbox, as on Teams: the same text and the same agency buttons.
        List<FakeSlackApi.Call> welcomes = bed.api.calls("chat.postMessage").stream()
                .filter(c -> "DUNEWBIE".equals(c.param("channel"))).toList();
        assertThat(welcomes).hasSize(1);
        String text = String.join("\n", SlackText.lines(welcomes.get(0).blocks()));
        assertThat(text).contains("Welcome to Northside Children's Partnership, newbie!",
                "Our shared purpose: Keep every referred family safe", "Which agency are you with?",
                "[Police Public Protection: agency join Police Public Protection]");

        JsonObject join = button(welcomes.get(0).blocks(), "NHS Community Health");
        bed.form(bed.blockAction(FakeSlackApi.TEAM, "UNEWBIE", join.get("action_id").getAsString(), join.get("value").getAsString(),
                false, "DUNEWBIE"));
        bed.settle();
        assertThat(bed.api.posts().get(bed.api.posts().size() - 1).mrkdwn()).contains("<@UNEWBIE> joined NHS Community Health");
    }

    @Test
    void whenTheBotJoinsAChannelThatIsNoPartnershipItSaysHowToSetOneUp() {
        bed.signed(bed.event("event.member_joined_channel.json", FakeSlackApi.TEAM, "EvJOIN2",
                Map.of("user", FakeSlackApi.BOT_USER, "channel", "C0ELSEWHERE")), "application/json", Map.of());
        bed.settle();
        FakeSlackApi.Call intro = bed.api.calls("chat.postMessage").get(0);
        assertThat(intro.param("channel")).isEqualTo("C0ELSEWHERE");
        assertThat(intro.mrkdwn()).contains("/partner setup &lt;name&gt;");
    }

    @Test
    void aButtonValueThatIsNotOursGetsAClearLine() {
        bed.form(bed.blockAction(FakeSlackApi.TEAM, "UDAN", "partner.x.1", "create_task", false, SlackTestbed.CHANNEL));
        bed.settle();
        assertThat(bed.api.posts().get(bed.api.posts().size() - 1).mrkdwn()).contains("That button is not one I can run any more");
    }

    static String viewSubmission(String privateMetadata, String text) {
        JsonObject p = Fixtures.json("view_submission.json");
        p.getAsJsonObject("team").addProperty("id", FakeSlackApi.TEAM);
        p.getAsJsonObject("user").addProperty("id", "UDAN");
        p.getAsJsonObject("user").addProperty("team_id", FakeSlackApi.TEAM);
        JsonObject view = p.getAsJsonObject("view");
        // A form the bot opened in its own workspace names that installation.
        view.addProperty("team_id", FakeSlackApi.TEAM);
        view.addProperty("app_installed_team_id", FakeSlackApi.TEAM);
        view.addProperty("callback_id", "partner.prompt");
        view.addProperty("private_metadata", privateMetadata);
        JsonObject value = new JsonObject();
        value.addProperty("type", "plain_text_input");
        value.addProperty("value", text);
        JsonObject block = new JsonObject();
        block.add("value", value);
        JsonObject values = new JsonObject();
        values.add("text", block);
        view.getAsJsonObject("state").add("values", values);
        return "payload=" + URLEncoder.encode(p.toString(), StandardCharsets.UTF_8);
    }

    private static JsonObject button(JsonArray blocks, String label) {
        for (JsonElement e : blocks) {
            JsonObject b = e.getAsJsonObject();
            if (b.has("accessory") && b.getAsJsonObject("accessory").getAsJsonObject("text").get("text").getAsString().equals(label)) {
                return b.getAsJsonObject("accessory");
            }
            if (b.has("elements") && "actions".equals(b.get("type").getAsString())) {
                for (JsonElement x : b.getAsJsonArray("elements")) {
                    if (x.getAsJsonObject().getAsJsonObject("text").get("text").getAsString().equals(label)) {
                        return x.getAsJsonObject();
                    }
                }
            }
        }
        throw new AssertionError("no button " + label + " in " + blocks);
    }
}

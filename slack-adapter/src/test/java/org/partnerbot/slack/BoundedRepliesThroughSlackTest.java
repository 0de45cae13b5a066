package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
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
import org.partnerbot.core.testing.Sealed;
import org.partnerbot.slack.fakes.FakeSlackApi;

/**
 * Long lists through Slack: every message keeps to Slack's limits (50 blocks, 3,000 characters a section), and its
 * "Show more" button, pressed again and again, carries on where the last message stopped until the end, with every
 * item shown once. The button's value is sealed like every other; a changed one is refused, and someone who has left
 * the partnership gets nothing more by pressing it.
 */
class BoundedRepliesThroughSlackTest {

    /** The button label an English reader sees. */
    private static final String SHOW_MORE = org.partnerbot.core.i18n.IcuMessages.standard()
            .text(org.partnerbot.core.i18n.Language.EN, "pages.showMore");

    private static final int SECTION_TEXT = 3000;
    private SlackTestbed bed;
    private long partnership;
    private long sam;

    @BeforeEach
    void partnership() throws Exception {
        bed = new SlackTestbed();
        new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND).say("sam", "setup Northside");
        partnership = bed.core.transactions().inTransaction(() -> bed.core.partnerships()
                .findByConversation("slack:T1", SlackTestbed.CHANNEL)).orElseThrow().id();
        sam = bed.core.transactions().inTransaction(() -> bed.core.members().findByUserKey(partnership, "USAM")).orElseThrow().id();
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aSixtyItemAgendaComesInMessagesWithinLimitsAndShowMoreGoesToTheEnd() {
        BigPartnership.agenda(bed.core, partnership, sam, 60, 1900);
        List<JsonArray> pages = readToTheEnd("USAM", "agenda");
        assertThat(pages).hasSizeGreaterThan(1);
        assertThat(numbers(pages, "Item")).containsExactlyElementsOf(IntStream.rangeClosed(1, 60).boxed().toList());
    }

    @Test
    void fiveHundredActionsComeInMessagesWithinLimitsAndShowMoreGoesToTheEnd() {
        BigPartnership.actions(bed.core, partnership, sam, 500);
        List<JsonArray> pages = readToTheEnd("USAM", "actions");
        assertThat(pages).hasSizeGreaterThan(2);
        // `actions` is one action log (issue 14): across the messages each action comes exactly once, in order,
        // none lost or repeated.
        assertThat(numbers(pages, "Action")).containsExactlyElementsOf(IntStream.rangeClosed(1, 500).boxed().toList());
    }

    @Test
    void theAgenciesOfTenThousandMembersComeInMessagesWithinLimitsAndShowMoreGoesToTheEnd() {
        BigPartnership.members(bed.core, "slack:T1", partnership, "UM", 10_000, 5);
        List<JsonArray> pages = readToTheEnd("USAM", "agencies");
        List<Integer> people = new ArrayList<>();
        for (JsonArray page : pages) {
            Matcher m = Pattern.compile("<@UM(\\d{5})>").matcher(page.toString());
            while (m.find()) {
                people.add(Integer.parseInt(m.group(1)));
            }
        }
        assertThat(pages.size()).as("messages").isGreaterThan(1);
        assertThat(people.size()).as("people shown").isEqualTo(10_000);
        assertThat(new java.util.HashSet<>(people).size()).as("each once").isEqualTo(10_000);
    }

    @Test
    void aChangedShowMoreValueIsRefusedAndAReplayedPressIsOnePress() {
        BigPartnership.agenda(bed.core, partnership, sam, 60, 1900);
        JsonArray first = answer(bed.command("USAM", "agenda"));
        String more = showMore(first);
        String refused = "That button is not one I can run any more: I did not make it, or it was changed, so I did nothing.";

        assertThat(text(press("USAM", Sealed.tampered(more)))).contains(refused).doesNotContain("Item 000");
        String[] parts = more.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("&o=");
        String startAgain = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replaceFirst("&o=\\d+", "&o=0").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(text(press("USAM", startAgain))).as("a value whose starting point was changed").contains(refused);

        String body = bed.blockAction(FakeSlackApi.TEAM, "USAM", "partner.reply.more.1", more, false, SlackTestbed.CHANNEL);
        int before = bed.api.posts().size();
        bed.form(body);
        bed.settle();
        bed.form(body);
        bed.settle();
        assertThat(bed.api.posts().size() - before).as("a replayed press is answered once").isEqualTo(1);
    }

    @Test
    void someoneWhoLeftThePartnershipGetsNothingMoreByPressingShowMoreOutsideTheChannel() {
        BigPartnership.agenda(bed.core, partnership, sam, 60, 1900);
        new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND).say("dan", "agenda");
        // As App Home and direct messages draw it: bound to the partnership, pressed outside its channel.
        String more = bed.core.bot().seal().button(new Button(SHOW_MORE, Pages.SHOW_MORE_ACTION, "agenda", null, null, 30),
                partnership);
        assertThat(text(pressIn("UDAN", more, "D0UDAN"))).as("while a member").contains("Item 00031");

        assertThat(bed.signed(bed.event("event.member_left_channel.json", FakeSlackApi.TEAM, "EvLEFT1",
                java.util.Map.of("user", "UDAN", "channel", SlackTestbed.CHANNEL)), "application/json", java.util.Map.of())
                .statusCode()).isEqualTo(200);
        bed.settle();
        assertThat(bed.core.transactions().inTransaction(() -> bed.core.members().findByUserKey(partnership, "UDAN"))
                .orElseThrow().status()).isEqualTo(MembershipStatus.LEFT_CHANNEL);

        String answer = text(pressIn("UDAN", more, "D0UDAN"));
        assertThat(answer).as("what the ex-member gets").contains("no longer a member").doesNotContain("Item 000").doesNotContain(SHOW_MORE);
    }

    /** The command's answer, then every "Show more" pressed until there is none; each message checked against Slack's limits. */
    private List<JsonArray> readToTheEnd(String user, String command) {
        List<JsonArray> pages = new ArrayList<>();
        JsonArray page = answer(bed.command(user, command));
        while (true) {
            assertWithinLimits(page);
            pages.add(page);
            String more = showMore(page);
            if (more == null) {
                return pages;
            }
            assertThat(pages).as("pages").hasSizeLessThan(400);
            page = press(user, more);
        }
    }

    private JsonArray answer(java.net.http.HttpResponse<String> ack) {
        assertThat(ack.statusCode()).isEqualTo(200);
        bed.settle();
        List<FakeSlackApi.Call> posts = bed.api.posts();
        return posts.get(posts.size() - 1).blocks();
    }

    private JsonArray press(String user, String value) {
        return pressIn(user, value, SlackTestbed.CHANNEL);
    }

    private JsonArray pressIn(String user, String value, String channel) {
        int before = bed.api.posts().size();
        assertThat(bed.form(bed.blockAction(FakeSlackApi.TEAM, user, "partner.reply.more.1", value, false, channel))
                .statusCode()).isEqualTo(200);
        bed.settle();
        List<FakeSlackApi.Call> posts = bed.api.posts();
        assertThat(posts.size()).as("an answer to the press").isGreaterThan(before);
        return posts.get(posts.size() - 1).blocks();
    }

    private static String text(JsonArray blocks) {
        return String.join("\n", SlackText.lines(blocks));
    }

    /** The sealed value of the message's "Show more" button, or null when it has none. */
    private static String showMore(JsonArray blocks) {
        for (JsonElement e : blocks) {
            JsonObject block = e.getAsJsonObject();
            if ("actions".equals(block.get("type").getAsString())) {
                for (JsonElement button : block.getAsJsonArray("elements")) {
                    JsonObject b = button.getAsJsonObject();
                    if (SHOW_MORE.equals(b.getAsJsonObject("text").get("text").getAsString())) {
                        return b.get("value").getAsString();
                    }
                }
            }
        }
        return null;
    }

    private static void assertWithinLimits(JsonArray blocks) {
        assertThat(blocks.size()).as("blocks in one message").isLessThanOrEqualTo(50);
        for (JsonElement e : blocks) {
            JsonObject block = e.getAsJsonObject();
            if (block.has("text") && block.get("text").isJsonObject()) {
                assertThat(block.getAsJsonObject("text").get("text").getAsString().length()).isLessThanOrEqualTo(SECTION_TEXT);
            }
        }
    }

    /** The numbers of the items called {@code word NNNNN}, in the order the messages show them. */
    private static List<Integer> numbers(List<JsonArray> pages, String word) {
        List<Integer> out = new ArrayList<>();
        Pattern p = Pattern.compile(word + " (\\d{5})");
        for (JsonArray page : pages) {
            Matcher m = p.matcher(String.join("\n", SlackText.lines(page)));
            while (m.find()) {
                out.add(Integer.parseInt(m.group(1)));
            }
        }
        return out;
    }
}

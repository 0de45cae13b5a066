package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.reply.Button;
import org.partnerbot.slack.fakes.FakeSlackApi;

/**
 * The edge against hostile or unlucky senders: unsigned bodies never reach a log, replayed button presses and forms
 * have one effect, a workspace the bot is not installed in is refused, and a full inbox says "busy" honestly.
 */
class HostileEdgeTest {

    private SlackTestbed bed;
    private SlackDriver sam;

    @BeforeEach
    void setUp() throws Exception {
        bed = new SlackTestbed();
        sam = new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND);
        sam.say("sam", "setup Northside");
    }

    @AfterEach
    void tearDown() {
        bed.close();
    }

    @Test
    void unsignedAndForgedBodiesNeverReachALog() {
        String marker = "INFO Application admin password reset for mallory";
        String unknownShape = "{\"type\":\"" + marker + "\",\"padding\":\"" + "x".repeat(200_000) + "\"}";
        String form = "payload=" + URLEncoder.encode("{\"type\":\"block_actions\",\"note\":\"" + marker + "\"}", StandardCharsets.UTF_8);
        String ts = String.valueOf(bed.clock.instant().getEpochSecond());
        try (CapturedLogs logs = new CapturedLogs()) {
            assertThat(bed.post(unknownShape, "application/json", null, null, Map.of()).statusCode()).isEqualTo(401);
            assertThat(bed.post(form, "application/x-www-form-urlencoded", ts, "v0=" + "0".repeat(64), Map.of())
                    .statusCode()).isEqualTo(401);
            assertThat(bed.post(marker + "\n" + marker, "text/plain", ts, "v0=forged", Map.of()).statusCode()).isEqualTo(401);

            List<String> lines = logs.lines();
            assertThat(lines).as("the refusals are logged").anyMatch(l -> l.contains("refused a request to /slack/events"));
            assertThat(lines).noneMatch(l -> l.contains("admin password reset")).noneMatch(l -> l.contains("xxxxxxxxxx"))
                    .noneMatch(l -> l.contains("v0=forged"));
        }
        assertThat(bed.core.transactions().inTransaction(() -> bed.core.jdbc().one("SELECT COUNT(*) FROM inbox WHERE state <> 'DONE'",
                rs -> rs.getInt(1)))).contains(0);
    }

    @Test
    void aReplayedButtonPressHasOneEffect() {
        long partnershipId = bed.core.transactions().inTransaction(
                () -> bed.core.partnerships().findByConversation("slack:T1", SlackTestbed.CHANNEL)).orElseThrow().id();
        sam.say("sam", "duty add Information sharing officer");
        sam.say("sam", "duty add Safeguarding lead");
        String value = bed.core.bot().seal().button(Button.of("Claim", "duty.claim", "duty claim Information sharing officer"), partnershipId);
        String press = bed.blockAction(FakeSlackApi.TEAM, "UDAN", "partner.duty.claim.1", value, false, SlackTestbed.CHANNEL);
        int before = bed.api.posts().size();

        // The same signed bytes three times (an attacker replaying a captured request, or a proxy retrying it).
        for (int i = 0; i < 3; i++) {
            assertThat(bed.form(press).statusCode()).isEqualTo(200);
        }
        bed.settle();

        assertThat(bed.api.posts().size() - before).as("one answer").isEqualTo(1);
        assertThat(String.join("\n", sam.say("sam", "duties"))).containsOnlyOnce("Information sharing officer — dan");
        // A second, real press of the same button is a new press (its own action time): it runs again.
        String again = bed.blockAction(FakeSlackApi.TEAM, "UDAN", "partner.duty.claim.1", value, false, SlackTestbed.CHANNEL);
        assertThat(again).isNotEqualTo(press);
        bed.form(again);
        bed.settle();
        assertThat(bed.api.posts().size() - before).isGreaterThan(2);
    }

    @Test
    void aReplayedFormSubmissionAddsOneAgendaItem() {
        String value = bed.core.bot().seal().button(Button.asking("Add agenda item", "agenda.add", "agenda add", "Agenda item"), null);
        bed.form(bed.blockAction(FakeSlackApi.TEAM, "UDAN", "partner.agenda.add.1", value, false, SlackTestbed.CHANNEL));
        bed.settle();
        String meta = com.google.gson.JsonParser.parseString(bed.api.calls("views.open").get(0).param("view"))
                .getAsJsonObject().get("private_metadata").getAsString();
        String submission = InteractionsTest.viewSubmission(meta, "Transport for looked-after children");

        for (int i = 0; i < 3; i++) {
            assertThat(bed.form(submission).statusCode()).isEqualTo(200);
        }
        bed.settle();

        assertThat(bed.core.transactions().inTransaction(() -> bed.core.jdbc().list(
                "SELECT text FROM agenda_items", rs -> rs.getString(1)))).containsExactly("Transport for looked-after children");
    }

    @Test
    void aSignedRequestFromAWorkspaceWithoutAnInstallationIsRefusedAndChangesNothing() {
        HttpResponse<String> command = bed.command("T9UNKNOWN", "C9ELSEWHERE", "UMALLORY", "setup Elsewhere");
        assertThat(command.statusCode()).isEqualTo(200);
        assertThat(command.body()).contains("ephemeral").contains("not installed in this workspace");

        HttpResponse<String> event = bed.signed(bed.event("event.app_mention.json", "T9UNKNOWN", "EvUNKNOWN1",
                Map.of("user", "UMALLORY", "text", "<@" + FakeSlackApi.BOT_USER + "> setup Elsewhere", "channel", "C9ELSEWHERE")),
                "application/json", Map.of());
        assertThat(event.statusCode()).isEqualTo(403);
        assertThat(event.headers().firstValue("X-Slack-No-Retry")).contains("1");
        bed.settle();

        assertThat(bed.core.transactions().inTransaction(() -> bed.core.partnerships().findByConversation("slack:T9UNKNOWN",
                "C9ELSEWHERE"))).isEmpty();
        assertThat(bed.core.transactions().inTransaction(() -> bed.core.jdbc().one(
                "SELECT COUNT(*) FROM inbox WHERE workspace = 'slack:T9UNKNOWN'", rs -> rs.getInt(1)))).contains(0);
    }

    @Test
    void overLongIdentifiersGet400AndAWarningWithoutTheValue() {
        String longUser = "U" + "Z".repeat(300);
        try (CapturedLogs logs = new CapturedLogs()) {
            assertThat(bed.command(longUser, "agenda add Too long").statusCode()).isEqualTo(400);
            assertThat(logs.lines()).anyMatch(l -> l.contains("longer than")).noneMatch(l -> l.contains("ZZZZZZZZZZ"));
        }
        bed.settle();
        assertThat(bed.core.transactions().inTransaction(() -> bed.core.jdbc().one(
                "SELECT COUNT(*) FROM agenda_items", rs -> rs.getInt(1)))).contains(0);
    }

    @Test
    void anOverLongChannelIdGets400AndAWarningWithoutTheValue() {
        String longChannel = "C" + "Q".repeat(400);
        java.util.function.Supplier<java.util.Optional<Integer>> inbox = () -> bed.core.transactions().inTransaction(() ->
                bed.core.jdbc().one("SELECT COUNT(*) FROM inbox", rs -> rs.getInt(1)));
        java.util.Optional<Integer> before = inbox.get();
        try (CapturedLogs logs = new CapturedLogs()) {
            assertThat(bed.command(FakeSlackApi.TEAM, longChannel, "UDAN", "setup Too long").statusCode()).isEqualTo(400);
            HttpResponse<String> event = bed.signed(bed.event("event.app_mention.json", FakeSlackApi.TEAM, "EvLONGCHANNEL",
                    Map.of("user", "UDAN", "text", "<@" + FakeSlackApi.BOT_USER + "> agenda add Too long", "channel", longChannel)),
                    "application/json", Map.of());
            assertThat(event.statusCode()).isEqualTo(400);
            bed.settle();
            assertThat(logs.lines()).anyMatch(l -> l.contains("longer than")).noneMatch(l -> l.contains("QQQQQQQQQQ"));
        }
        assertThat(inbox.get()).as("nothing taken in").isEqualTo(before);
    }

    @Test
    void pastTheInboxLimitACommandIsToldBusyAndAnEventGets503ForSlackToRetry() throws Exception {
        bed.core.inbox().limit(1);
        CountDownLatch slow = bed.api.hold("users.info");
        try {
            assertThat(bed.command("UNEW1", "agenda add First").statusCode()).isEqualTo(200); // its work waits on Slack
            Thread.sleep(300); // the backlog is counted at most every quarter second
            HttpResponse<String> busy = bed.command("UNEW2", "agenda add Second");
            assertThat(busy.statusCode()).isEqualTo(200);
            assertThat(busy.body()).contains("busy");
            HttpResponse<String> event = bed.mention("UNEW2", "agenda add Third", "EvBUSY1");
            assertThat(event.statusCode()).isEqualTo(503);
            assertThat(event.headers().firstValue("X-Slack-No-Retry")).isEmpty();
        } finally {
            slow.countDown();
        }
        bed.settle();
        bed.core.inbox().limit(2000);
        String agenda = String.join("\n", sam.say("sam", "agenda"));
        assertThat(agenda).contains("First").doesNotContain("Second").doesNotContain("Third");
    }
}

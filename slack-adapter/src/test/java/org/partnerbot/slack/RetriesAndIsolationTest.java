package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.reply.Button;
import org.partnerbot.slack.fakes.FakeSlackApi;

/** Slack's retries have one effect, and one workspace can never touch another's partnership. */
class RetriesAndIsolationTest {

    private SlackTestbed bed;
    private SlackDriver sam;

    @BeforeEach
    void setUp() throws Exception {
        bed = new SlackTestbed();
        sam = new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND);
        sam.say("sam", "setup Northside Children's Partnership");
        sam.say("sam", "duty add Information sharing officer");
    }

    @AfterEach
    void tearDown() {
        bed.close();
    }

    @Test
    void aRetriedEventWithTheSameEventIdHasOneEffect() {
        int before = bed.api.posts().size();
        String body = bed.event("event.app_mention.json", FakeSlackApi.TEAM, "EvRETRY1",
                Map.of("user", "UDAN", "text", "<@UBOT> agenda add Referral backlog from schools", "channel", SlackTestbed.CHANNEL));
        assertThat(bed.signed(body, "application/json", Map.of()).statusCode()).isEqualTo(200);
        assertThat(bed.signed(body, "application/json", Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
                .statusCode()).as("a retry is acked too, or Slack keeps retrying").isEqualTo(200);
        assertThat(bed.signed(body, "application/json", Map.of("X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_error"))
                .statusCode()).isEqualTo(200);
        bed.settle();

        assertThat(bed.api.posts().size() - before).as("one answer").isEqualTo(1);
        List<String> agenda = new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND).say("sam", "agenda");
        assertThat(agenda.stream().filter(l -> l.contains("Referral backlog from schools")).count()).as(String.join("\n", agenda))
                .isEqualTo(1);
    }

    @Test
    void theSameSlashCommandDeliveredTwiceRunsOnce() {
        // Slack does not retry slash commands itself, but a proxy in front of several nodes may resend the body.
        int before = bed.api.posts().size();
        String body = bed.slashCommand(FakeSlackApi.TEAM, SlackTestbed.CHANNEL, "UDAN", "agenda add Transport for looked-after children");
        assertThat(bed.form(body).statusCode()).isEqualTo(200);
        assertThat(bed.form(body).statusCode()).isEqualTo(200);
        bed.settle();

        assertThat(bed.api.posts().size() - before).as("one answer").isEqualTo(1);
        // agenda listing lines read "• 1. Transport for …"
        List<String> agenda = sam.say("sam", "agenda");
        assertThat(agenda.stream().filter(l -> l.contains(". Transport for looked-after children")).count())
                .as(String.join("\n", agenda)).isEqualTo(1);
        sam.say("dan", "agenda add Transport for looked-after children");
        assertThat(sam.say("sam", "agenda").stream().filter(l -> l.contains(". Transport for looked-after children")).count())
                .as("typing the command again is a new command").isEqualTo(2);
    }

    @Test
    void aRetriedChannelLineIsCountedOnce() {
        sam.say("sam", "#startmeeting Weekly");
        String body = bed.event("event.message.channels.json", FakeSlackApi.TEAM, "EvLINE1",
                Map.of("user", "UDAN", "text", "we have 14 open referrals", "channel", SlackTestbed.CHANNEL, "channel_type", "channel"));
        bed.signed(body, "application/json", Map.of());
        bed.signed(body, "application/json", Map.of("X-Slack-Retry-Num", "1"));
        bed.settle();
        List<String> minutes = sam.say("sam", "#endmeeting");
        assertThat(String.join("\n", minutes)).contains("dan (no agency): 1").doesNotContain("dan (no agency): 2");
    }

    @Test
    void aButtonFromAnotherWorkspaceIsRefusedAndChangesNothing() {
        long partnershipId = bed.core.transactions().inTransaction(
                () -> bed.core.partnerships().findByConversation("slack:T1", SlackTestbed.CHANNEL)).orElseThrow().id();
        String value = bed.core.bot().seal().button(Button.of("Claim", "duty.claim", "duty claim Information sharing officer"), partnershipId);
        int before = bed.api.size();

        bed.form(bed.blockAction("T2OTHER", "UMALLORY", "partner.duty.claim.1", value, false, SlackTestbed.CHANNEL));
        bed.settle();

        List<FakeSlackApi.Call> answers = bed.api.calls().subList(before, bed.api.size()).stream().filter(FakeSlackApi.Call::isPost).toList();
        assertThat(answers).hasSize(1);
        assertThat(answers.get(0).ephemeral()).isTrue();
        assertThat(String.join("\n", SlackText.lines(answers.get(0).blocks()))).contains("That partnership is not in this workspace.");
        assertThat(String.join("\n", sam.say("sam", "duties"))).contains("UNASSIGNED").doesNotContain("mallory");
    }

    @Test
    void theSameChannelIdInAnotherWorkspaceIsNotThePartnership() {
        bed.command("T2OTHER", SlackTestbed.CHANNEL, "UMALLORY", "duty claim Information sharing officer");
        bed.settle();
        FakeSlackApi.Call answer = bed.api.posts().get(bed.api.posts().size() - 1);
        assertThat(String.join("\n", SlackText.lines(answer.blocks()))).contains("not a partnership yet");
        assertThat(String.join("\n", sam.say("sam", "duties"))).doesNotContain("mallory");
    }

    @Test
    void aButtonInItsOwnWorkspaceRunsItsCommandForThePresser() {
        long partnershipId = bed.core.transactions().inTransaction(
                () -> bed.core.partnerships().findByConversation("slack:T1", SlackTestbed.CHANNEL)).orElseThrow().id();
        String value = bed.core.bot().seal().button(Button.of("Claim", "duty.claim", "duty claim Information sharing officer"), partnershipId);
        bed.form(bed.blockAction(FakeSlackApi.TEAM, "UDAN", "partner.duty.claim.1", value, false, SlackTestbed.CHANNEL));
        bed.settle();
        assertThat(String.join("\n", sam.say("sam", "duties"))).contains("Information sharing officer — dan");
    }
}

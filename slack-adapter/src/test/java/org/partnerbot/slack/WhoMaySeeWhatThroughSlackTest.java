package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.partnership.MembershipStatus;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.testing.Sealed;
import org.partnerbot.slack.fakes.FakeSlackApi;

/**
 * Who may see what, through Slack with the real payload shapes: leaving the channel ({@code member_left_channel}, or found
 * gone by {@code conversations.members}) ends membership at once; a button value that is tampered, foreign, unsigned or
 * bound to another partnership is refused and changes nothing; a press from someone who is not a member is refused; a
 * closed partnership shows an unapproved member nothing; a public channel is named at setup; `my data` goes only to the
 * asker's direct messages.
 */
class WhoMaySeeWhatThroughSlackTest {

    private SlackTestbed bed;
    private SlackDriver sam;

    @BeforeEach
    void partnership() throws Exception {
        bed = new SlackTestbed();
        sam = new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND);
        sam.say("sam", "setup Northside");
        sam.say("sam", "duty add Information sharing officer");
        sam.say("sam", "#startmeeting Weekly");
        sam.say("sam", "#agreed Share the referral list");
        sam.say("sam", "#endmeeting");
    }

    @AfterEach
    void close() {
        bed.close();
    }

    /** A direct message to the bot (message.im), answered in that DM: its text as the person reads it. */
    private String dm(String user, String text) {
        String channel = "D0" + user;
        bed.signed(bed.event("event.message.channels.json", FakeSlackApi.TEAM, bed.nextId("EvDM"),
                Map.of("user", user, "text", text, "channel", channel, "channel_type", "im")), "application/json", Map.of());
        bed.settle();
        List<FakeSlackApi.Call> posts = bed.api.calls("chat.postMessage").stream().filter(c -> channel.equals(c.param("channel"))).toList();
        return posts.isEmpty() ? "" : String.join("\n", SlackText.lines(posts.get(posts.size() - 1).blocks()));
    }

    private void said(String user, String text) {
        bed.message(user, text, bed.nextId("Ev"));
        bed.settle();
    }

    private String lastAnswer(int before) {
        List<FakeSlackApi.Call> answers = bed.api.calls().subList(before, bed.api.size()).stream().filter(FakeSlackApi.Call::isPost).toList();
        return answers.isEmpty() ? "" : String.join("\n", SlackText.lines(answers.get(answers.size() - 1).blocks()));
    }

    private String press(String user, String value, boolean home, String channel) {
        int before = bed.api.size();
        bed.form(bed.blockAction(FakeSlackApi.TEAM, user, "partner.button.1", value, home, channel));
        bed.settle();
        if (home) {
            List<FakeSlackApi.Call> published = bed.api.calls("views.publish");
            return String.join("\n", SlackText.lines(published.get(published.size() - 1).blocks()));
        }
        return lastAnswer(before);
    }

    private long partnershipId(String channel) {
        return bed.core.transactions().inTransaction(() -> bed.core.partnerships().findByConversation("slack:T1", channel))
                .orElseThrow().id();
    }

    private MembershipStatus status(String user) {
        return bed.core.transactions().inTransaction(() -> bed.core.members().findByUserKey(partnershipId(SlackTestbed.CHANNEL), user))
                .orElseThrow().status();
    }

    @Test
    void aOneTimeSpeakerWhoLeftTheChannelGetsNoMinutesByDirectMessage() {
        sam.say("sam", "#startmeeting Second");
        said("UHIALL", "hi all");
        sam.say("sam", "#endmeeting");
        assertThat(dm("UHIALL", "minutes")).as("while in the channel").contains("Minutes: Second");

        String left = bed.event("event.member_left_channel.json", FakeSlackApi.TEAM, "EvLEFT1",
                Map.of("user", "UHIALL", "channel", SlackTestbed.CHANNEL));
        assertThat(bed.signed(left, "application/json", Map.of()).statusCode()).isEqualTo(200);
        bed.settle();

        String answer = dm("UHIALL", "minutes");
        assertThat(answer).isEqualTo("I can't tell which partnership you mean: run this in the partnership's channel.")
                .doesNotContain("Share the referral list");
        assertThat(status("UHIALL")).isEqualTo(MembershipStatus.LEFT_CHANNEL);
        assertThat(String.join("\n", sam.say("sam", "minutes"))).as("their past lines keep their name")
                .contains("hiall (no agency): 1");
    }

    @Test
    void someoneFoundGoneFromTheChannelWhenCheckedStopsBeingAMemberAtOnce() {
        bed.api.channelMembers(SlackTestbed.CHANNEL, "USAM", "UDAN");
        said("UDAN", "hello");
        assertThat(dm("UDAN", "minutes")).contains("Minutes: Weekly");

        bed.api.channelMembers(SlackTestbed.CHANNEL, "USAM"); // dan left; the event never came
        bed.clock.advance(Duration.ofSeconds(61)); // past the cached member list
        assertThat(dm("UDAN", "minutes")).isEqualTo("I can't tell which partnership you mean: run this in the partnership's channel.");
        assertThat(status("UDAN")).isEqualTo(MembershipStatus.LEFT_CHANNEL);
        assertThat(bed.api.calls("conversations.members")).isNotEmpty();
    }

    @Test
    void whileSlackCannotSayWhoIsInTheChannelADirectMessageGetsOneLineAndNoMinutes() {
        bed.api.channelMembers(SlackTestbed.CHANNEL, "USAM", "UDAN");
        said("UDAN", "hello");
        bed.clock.advance(Duration.ofSeconds(61));
        bed.api.failNext("conversations.members", 429, "120", "{\"ok\":false,\"error\":\"ratelimited\"}");
        assertThat(dm("UDAN", "minutes")).isEqualTo("I can't check your membership right now, try again in a minute.");
        bed.clock.advance(Duration.ofSeconds(61));
        bed.api.failNext("conversations.members", 500, null, "oops");
        assertThat(dm("UDAN", "minutes")).isEqualTo("I can't check your membership right now, try again in a minute.");
        assertThat(status("UDAN")).as("an outage ends nobody's membership").isEqualTo(MembershipStatus.ACTIVE);
        assertThat(dm("UDAN", "minutes")).as("Slack answers again").contains("Minutes: Weekly");
    }

    @Test
    void buttonValuesThatAreTamperedForeignUnsignedOrNameAnotherPartnershipAreRefusedAndChangeNothing() {
        said("UDAN", "hello");
        bed.command(FakeSlackApi.TEAM, "C0OTHER", "UOLGA", "setup Southside");
        bed.settle();
        bed.command(FakeSlackApi.TEAM, "C0OTHER", "UOLGA", "duty add Caldicott guardian");
        bed.settle();
        long northside = partnershipId(SlackTestbed.CHANNEL);
        long southside = partnershipId("C0OTHER");
        Button claim = Button.of("Claim", "duty.claim", "duty claim Information sharing officer");
        String genuine = bed.core.bot().seal().button(claim, northside);
        String refused = "That button is not one I can run any more: I did not make it, or it was changed, so I did nothing.";

        assertThat(press("UDAN", Sealed.tampered(genuine), false, "D0UDAN")).contains(refused);
        assertThat(press("UDAN", Sealed.foreign().button(claim, northside), false, "D0UDAN")).contains(refused);
        assertThat(press("UDAN", "{\"c\":\"duty claim Information sharing officer\",\"p\":" + northside + "}", false, "D0UDAN"))
                .contains(refused);
        String minutesOfSouthside = bed.core.bot().seal().button(Button.of("Minutes", "minutes", "minutes"), southside);
        assertThat(press("UDAN", minutesOfSouthside, false, "D0UDAN"))
                .isEqualTo("You are not a member of that partnership, so I can't show you anything of it.")
                .doesNotContain("Southside");
        assertThat(press("UDAN", bed.core.bot().seal().button(Button.of("Claim", "duty.claim", "duty claim Caldicott guardian"),
                southside), false, SlackTestbed.CHANNEL)).contains("not a member of that partnership");

        assertThat(String.join("\n", sam.say("sam", "duties"))).contains("UNASSIGNED").doesNotContain("— dan");
        assertThat(press("UDAN", genuine, false, "D0UDAN")).as("the genuine value still works for a member")
                .contains("Information sharing officer is now held by dan");
    }

    @Test
    void aPressFromSomeoneWhoIsNotAMemberIsRefusedAndEnrolsNobody() {
        String value = bed.core.bot().seal().button(Button.of("Claim", "duty.claim", "duty claim Information sharing officer"),
                partnershipId(SlackTestbed.CHANNEL));
        String home = press("UOUTSIDER", value, true, null);
        assertThat(home).contains("You are not a member of that partnership").contains("You are not in a partnership yet.");
        assertThat(String.join("\n", sam.say("sam", "duties"))).contains("UNASSIGNED").doesNotContain("outsider");
        assertThat(bed.core.transactions().inTransaction(() -> bed.core.members()
                .findByUserKey(partnershipId(SlackTestbed.CHANNEL), "UOUTSIDER"))).as("pressing enrols nobody").isEmpty();
    }

    @Test
    void aClosedPartnershipShowsAnUnapprovedMemberNothingUntilAnAdminApproves() {
        sam.say("sam", "access closed");
        String joined = bed.event("event.member_joined_channel.json", FakeSlackApi.TEAM, "EvJOINC",
                Map.of("user", "UNEWBIE", "channel", SlackTestbed.CHANNEL));
        bed.signed(joined, "application/json", Map.of());
        bed.settle();
        FakeSlackApi.Call welcome = bed.api.calls("chat.postMessage").stream().filter(c -> "DUNEWBIE".equals(c.param("channel")))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(String.join("\n", SlackText.lines(welcome.blocks()))).contains("Welcome to Northside, newbie!",
                "An admin (sam) approves each new member", "member approve @newbie").doesNotContain("Which agency");

        SlackDriver newbie = new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND);
        for (String command : List.of("minutes", "duties", "agenda", "actions")) {
            assertThat(String.join("\n", newbie.say("newbie", command))).contains("Northside is closed: an admin (sam) must"
                    + " approve you first").doesNotContain("Share the referral list", "Information sharing officer");
        }
        assertThat(dm("UNEWBIE", "minutes")).contains("I can't tell which partnership you mean");
        bed.signed(bed.event("event.app_home_opened.json", FakeSlackApi.TEAM, "EvHOMEC", Map.of("user", "UNEWBIE")),
                "application/json", Map.of());
        bed.settle();
        List<FakeSlackApi.Call> published = bed.api.calls("views.publish");
        assertThat(String.join("\n", SlackText.lines(published.get(published.size() - 1).blocks())))
                .contains("You are not in a partnership yet.").doesNotContain("Information sharing officer");

        assertThat(String.join("\n", sam.say("sam", "member approve @newbie"))).contains("newbie is now a member of Northside");
        assertThat(String.join("\n", newbie.say("newbie", "minutes"))).contains("Share the referral list");
    }

    @Test
    void settingUpInAPublicChannelSaysSoAndSuggestsClosingIt() {
        bed.api.channelIsPublic("C0PUBLIC", true);
        bed.api.channelIsPublic("C0PRIVATE", false);
        int before = bed.api.size();
        bed.command(FakeSlackApi.TEAM, "C0PUBLIC", "USAM", "setup Eastside");
        bed.settle();
        assertThat(lastAnswer(before)).contains("This is a public channel", "access closed");
        before = bed.api.size();
        bed.command(FakeSlackApi.TEAM, "C0PRIVATE", "USAM", "setup Westside");
        bed.settle();
        assertThat(lastAnswer(before)).contains("Westside is set up").doesNotContain("public channel");
    }

    @Test
    void myDataAskedForInTheChannelArrivesOnlyInTheAskersDirectMessages() {
        said("UDAN", "hello");
        List<String> answer = new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND).say("dan", "my data");
        assertThat(String.join("\n", answer)).contains("(to dan) Everything I hold about you", "sent to you alone");
        FakeSlackApi.Call completed = bed.api.calls("files.completeUploadExternal").get(0);
        assertThat(completed.param("channel_id")).isEqualTo("DUDAN").isNotEqualTo(SlackTestbed.CHANNEL);
        String uploaded = bed.api.calls("upload/F1").get(0).body();
        assertThat(uploaded).contains("# Everything Partnerbot holds about you", "Platform id: UDAN");
    }
}

package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.slack.fakes.FakeSlackApi;

/** A direct message to the bot takes plain commands for the sender's partnership, and is where reminders find them. */
class DirectMessageTest {

    @Test
    void plainCommandsInADirectMessageAnswerThereAndTheConversationIsRemembered() throws Exception {
        try (SlackTestbed bed = new SlackTestbed()) {
            SlackDriver channel = new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND);
            // dan is in the channel (Slack says so), though he has not spoken there yet.
            bed.api.channelMembers(SlackTestbed.CHANNEL, "USAM", "UDAN");
            channel.say("sam", "setup Northside");
            channel.say("sam", "#startmeeting Weekly");
            channel.say("sam", "#action @dan share the referral list");
            channel.say("sam", "#endmeeting");

            bed.signed(bed.event("event.message.channels.json", FakeSlackApi.TEAM, "EvDM1",
                    Map.of("user", "UDAN", "text", "actions mine", "channel", "D0DAN", "channel_type", "im")), "application/json", Map.of());
            bed.settle();
            FakeSlackApi.Call answer = bed.api.calls("chat.postMessage").get(bed.api.calls("chat.postMessage").size() - 1);
            assertThat(answer.param("channel")).isEqualTo("D0DAN");
            assertThat(String.join("\n", SlackText.lines(answer.blocks()))).contains("Your open actions (1)", "share the referral list");

            bed.adapter.messenger().send(Destination.person("slack:T1", "UDAN", "dan"), Reply.toChannel("Action 1 is overdue"));
            assertThat(bed.api.calls("conversations.open")).as("the DM the person used is reused").isEmpty();
            assertThat(bed.api.calls("chat.postMessage").get(bed.api.calls("chat.postMessage").size() - 1).param("channel"))
                    .isEqualTo("D0DAN");
        }
    }

    @Test
    void aChannelMessageThatMentionsTheBotIsAnsweredOnceViaTheMention() throws Exception {
        try (SlackTestbed bed = new SlackTestbed()) {
            new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND).say("sam", "setup Northside");
            int before = bed.api.posts().size();
            // Slack sends both events for one message that mentions the bot.
            bed.message("UDAN", "<@UBOT> agenda add Budget", "EvBOTH-message");
            bed.mention("UDAN", "agenda add Budget", "EvBOTH-mention");
            bed.settle();
            assertThat(bed.api.posts().size() - before).isEqualTo(1);
        }
    }
}

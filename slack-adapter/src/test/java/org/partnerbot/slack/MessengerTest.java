package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.slack.fakes.FakeSlackApi;

/** Reminders and escalations reach the partnership's channel or a person's DM, rate limits honoured. */
class MessengerTest {

    private SlackTestbed bed;

    @BeforeEach
    void setUp() throws Exception {
        bed = new SlackTestbed();
    }

    @AfterEach
    void tearDown() {
        bed.close();
    }

    @Test
    void aReminderForThePartnershipIsPostedToTheChannelStoredAtSetup() {
        new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND).say("sam", "setup Northside");
        String ref = bed.core.transactions().inTransaction(() -> bed.core.partnerships()
                .findByConversation("slack:T1", SlackTestbed.CHANNEL)).orElseThrow().conversationRef();

        bed.adapter.messenger().send(Destination.conversation("slack:T1", ref, "Northside"),
                Reply.channel().heading("Agenda call").text("Add your items for Tuesday").build());

        FakeSlackApi.Call post = bed.api.calls("chat.postMessage").get(0);
        assertThat(post.param("channel")).isEqualTo(SlackTestbed.CHANNEL);
        assertThat(SlackText.lines(post.blocks())).containsExactly("Agenda call", "Add your items for Tuesday");
        assertThat(post.param("text")).as("notification text").isEqualTo("Agenda call");
    }

    @Test
    void aDirectMessageOpensTheConversationOnceAndReusesIt() {
        Destination dan = Destination.person("slack:T1", "UDAN", "dan");
        bed.adapter.messenger().send(dan, Reply.toChannel("Your action 1 is overdue"));
        bed.adapter.messenger().send(dan, Reply.toChannel("Still overdue"));

        assertThat(bed.api.calls("conversations.open")).hasSize(1);
        assertThat(bed.api.calls("conversations.open").get(0).param("users")).isEqualTo("UDAN");
        assertThat(bed.api.calls("chat.postMessage")).extracting(c -> c.param("channel")).containsExactly("DUDAN", "DUDAN");
    }

    @Test
    void aBurstOfRemindersForOneChannelIsSpacedASecondApart() {
        Destination channel = Destination.conversation("slack:T1", "C0BURST", "Northside");
        bed.adapter.messenger().send(channel, Reply.toChannel("Agenda call"));
        bed.adapter.messenger().send(channel, Reply.toChannel("Unassigned duties"));
        bed.adapter.messenger().send(Destination.conversation("slack:T1", "C0OTHER", "Southside"), Reply.toChannel("Agenda call"));
        bed.adapter.messenger().send(channel, Reply.toChannel("Meeting start"));

        assertThat(bed.pauses).as("the clock stands still here, so the waits add up").containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(bed.api.calls("chat.postMessage")).hasSize(4);
    }

    @Test
    void a429IsRetriedAfterItsRetryAfter() {
        bed.api.failNext("chat.postMessage", 429, "3", "{\"ok\":false,\"error\":\"ratelimited\"}");

        bed.adapter.messenger().send(Destination.conversation("slack:T1", "C0REMIND", "Northside"), Reply.toChannel("Agenda call"));

        assertThat(bed.pauses).containsExactly(Duration.ofSeconds(3));
        List<FakeSlackApi.Call> posts = bed.api.calls("chat.postMessage");
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).param("channel")).isEqualTo("C0REMIND");
    }

    @Test
    void aLastingRateLimitIsHandedBackForTheOutboxToRetryLater() {
        for (int i = 0; i < 3; i++) {
            bed.api.failNext("chat.postMessage", 429, "2", "{\"ok\":false,\"error\":\"ratelimited\"}");
        }
        DeliveryException e = catchThrowableOfType(DeliveryException.class, () -> bed.adapter.messenger()
                .send(Destination.conversation("slack:T1", "C0REMIND", "Northside"), Reply.toChannel("Agenda call")));
        assertThat(e.permanent()).isFalse();
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(e.getMessage()).doesNotContain("xoxb");
    }

    @Test
    void aChannelTheBotWasRemovedFromIsAPermanentFailure() {
        bed.api.failNext("chat.postMessage", 200, null, "{\"ok\":false,\"error\":\"channel_not_found\"}");
        DeliveryException e = catchThrowableOfType(DeliveryException.class, () -> bed.adapter.messenger()
                .send(Destination.conversation("slack:T1", "C0GONE", "Gone"), Reply.toChannel("Agenda call")));
        assertThat(e.permanent()).isTrue();
        assertThat(e.getMessage()).contains("channel_not_found");
    }

    @Test
    void a429OnAResponseUrlIsRetriedToo() {
        new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND).say("sam", "setup Northside");
        bed.api.failNext("response", 429, "1", "rate_limited");
        bed.command("USAM", "help");
        bed.settle();
        assertThat(bed.pauses).containsExactly(Duration.ofSeconds(1));
        List<FakeSlackApi.Call> last = bed.api.posts().subList(bed.api.posts().size() - 2, bed.api.posts().size());
        assertThat(last.get(0).method()).isEqualTo(last.get(1).method());
    }
}

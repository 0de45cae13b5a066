package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.messaging.DeliveryTag;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.messaging.PriorDelivery;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.wiring.ScheduleModule;
import org.partnerbot.slack.fakes.FakeSlackApi;

/**
 * An agenda call whose {@code chat.postMessage} got no answer may or may not be in the channel. Each reminder is
 * posted with its outbox tag in Slack's message metadata; before posting it again, the bot reads the channel's
 * history since the first attempt for that tag. Found: recorded as sent, not posted twice. Not found: posted
 * again, once. History not readable: posted again with a line saying it may be a repeat.
 */
class ReminderInDoubtTest {

    private static final Instant AGENDA_CALL = Instant.parse("2026-11-30T10:00:00Z");

    private final AtomicReference<ScheduleModule> scheduling = new AtomicReference<>();
    private SlackTestbed bed;
    private long partnership;

    @BeforeEach
    void partnershipWithAnAgendaCallDue() throws Exception {
        bed = new SlackTestbed(Duration.ofMillis(500));
        scheduling.set(bed.schedule());
        SlackDriver driver = new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND);
        driver.say("sam", "setup Northside Children's Partnership");
        driver.say("sam", "schedule weekly tue 10:00 Europe/London 60m");
        partnership = bed.core.transactions().inTransaction(() -> bed.core.partnerships()
                .findByConversation("slack:T1", SlackTestbed.CHANNEL)).orElseThrow().id();
        bed.clock.set(AGENDA_CALL);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aPostSlackTookButNeverAnsweredIsFoundInTheHistoryAndNotPostedAgain() {
        CountDownLatch stalled = bed.api.stallAfterTaking("chat.postMessage");
        try {
            scheduling.get().reminders().weekly(partnership, MessageKind.AGENDA_CALL, AGENDA_CALL);
        } finally {
            stalled.countDown();
        }
        assertThat(agendaCalls()).as("taken by Slack, but the bot timed out waiting").hasSize(1);
        JsonObject metadata = JsonParser.parseString(agendaCalls().get(0).param("metadata")).getAsJsonObject();
        assertThat(metadata.get("event_type").getAsString()).isEqualTo("partnerbot_message");
        assertThat(metadata.getAsJsonObject("event_payload").get("tag").getAsString()).startsWith("outbox-");
        bed.clock.advance(Duration.ofSeconds(5));
        bed.api.postedByOthers(SlackTestbed.CHANNEL, 450); // the channel moved on: the post is on the third page

        bed.clock.advance(Duration.ofSeconds(30));
        assertThat(bed.core.dispatcher().deliverDue()).isEqualTo(1);

        assertThat(agendaCalls()).as("not posted twice").hasSize(1);
        List<FakeSlackApi.Call> reads = bed.api.calls("conversations.history");
        assertThat(reads).hasSize(3).allSatisfy(r -> {
            assertThat(r.param("channel")).isEqualTo(SlackTestbed.CHANNEL);
            assertThat(r.param("include_all_metadata")).isIn("1", "true");
            assertThat(Double.parseDouble(r.param("oldest"))).as("from before the first attempt")
                    .isLessThanOrEqualTo(AGENDA_CALL.getEpochSecond());
        });
        assertThat(outbox()).containsExactly(Map.entry("SENT", 1));
    }

    @Test
    void aConnectionThatBreaksAfterSlackTookThePostIsNotResentBehindTheOutboxsBack() {
        bed.adapter.messenger().send(Destination.conversation("slack:T1", SlackTestbed.CHANNEL, "Northside"),
                Reply.toChannel("Welcome")); // leaves a connection open for the next post to reuse
        bed.api.hangUpAfterTakingNext("chat.postMessage");
        scheduling.get().reminders().weekly(partnership, MessageKind.AGENDA_CALL, AGENDA_CALL);
        assertThat(agendaCalls()).as("the HTTP client did not post it again by itself").hasSize(1);
        assertThat(outbox()).containsExactly(Map.entry("PENDING", 1));

        bed.clock.advance(Duration.ofSeconds(30));
        assertThat(bed.core.dispatcher().deliverDue()).isEqualTo(1);

        assertThat(agendaCalls()).as("found in the channel, not posted twice").hasSize(1);
        assertThat(outbox()).containsExactly(Map.entry("SENT", 1));
    }

    @Test
    void aPostThatWasLostIsPostedAgainOnceWithTheSameTag() {
        bed.api.dropNext("chat.postMessage");
        scheduling.get().reminders().weekly(partnership, MessageKind.AGENDA_CALL, AGENDA_CALL);
        assertThat(outbox()).containsExactly(Map.entry("PENDING", 1));

        bed.clock.advance(Duration.ofSeconds(30));
        assertThat(bed.core.dispatcher().deliverDue()).isEqualTo(1);

        assertThat(bed.api.calls("conversations.history")).hasSize(1);
        assertThat(agendaCalls()).hasSize(2).extracting(c -> c.param("metadata")).as("one tag for both attempts")
                .containsOnly(agendaCalls().get(0).param("metadata"));
        assertThat(agendaCalls().get(1).mrkdwn()).doesNotContain("Sent again");
        assertThat(bed.core.dispatcher().deliverDue()).isZero();
        assertThat(outbox()).containsExactly(Map.entry("SENT", 1));
    }

    @Test
    void whenTheHistoryCannotBeReadTheRetrySaysItMayBeARepeat() {
        bed.api.dropNext("chat.postMessage");
        bed.api.failNext("conversations.history", 200, null, "{\"ok\":false,\"error\":\"missing_scope\"}");
        scheduling.get().reminders().weekly(partnership, MessageKind.AGENDA_CALL, AGENDA_CALL);
        bed.clock.advance(Duration.ofSeconds(30));
        assertThat(bed.core.dispatcher().deliverDue()).isEqualTo(1);

        assertThat(agendaCalls()).hasSize(2);
        assertThat(agendaCalls().get(1).mrkdwn()).contains("Sent again");
    }

    @Test
    void anotherAppPostingTheSameTagDoesNotMakeAReminderLookDelivered() {
        bed.api.dropNext("chat.postMessage");
        scheduling.get().reminders().weekly(partnership, MessageKind.AGENDA_CALL, AGENDA_CALL);
        String tag = JsonParser.parseString(agendaCalls().get(0).param("metadata")).getAsJsonObject()
                .getAsJsonObject("event_payload").get("tag").getAsString();
        bed.api.postedByAnotherApp(SlackTestbed.CHANNEL,
                "{\"event_type\":\"partnerbot_message\",\"event_payload\":{\"tag\":\"" + tag + "\"}}");

        bed.clock.advance(Duration.ofSeconds(30));
        assertThat(bed.core.dispatcher().deliverDue()).isEqualTo(1);

        assertThat(agendaCalls()).as("posted again: the forged tag was not the bot's").hasSize(2);
        assertThat(agendaCalls().get(1).mrkdwn()).doesNotContain("Sent again");
        assertThat(outbox()).containsExactly(Map.entry("SENT", 1));
    }

    @Test
    void theTagIsLookedForInTheDirectConversationOfAPerson() {
        Destination dan = Destination.person("slack:T1", "UDAN", "dan");
        DeliveryTag tag = DeliveryTag.ofOutboxMessage(77);
        Messenger messenger = bed.adapter.messenger();
        assertThat(messenger.lookFor(dan, tag, bed.clock.instant())).isEqualTo(PriorDelivery.NOT_FOUND);
        messenger.send(dan, Reply.toChannel("Your action 3 is overdue"), tag);
        assertThat(messenger.lookFor(dan, tag, bed.clock.instant())).isEqualTo(PriorDelivery.FOUND);
        assertThat(messenger.lookFor(dan, DeliveryTag.ofOutboxMessage(78), bed.clock.instant())).isEqualTo(PriorDelivery.NOT_FOUND);
        assertThat(messenger.lookFor(Destination.conversation("slack:T1", SlackTestbed.CHANNEL, "Northside"), tag,
                bed.clock.instant())).as("another conversation").isEqualTo(PriorDelivery.NOT_FOUND);
        assertThat(bed.api.calls("conversations.history")).extracting(c -> c.param("channel"))
                .containsExactly("DUDAN", "DUDAN", "DUDAN", SlackTestbed.CHANNEL);
    }

    private List<FakeSlackApi.Call> agendaCalls() {
        return bed.api.calls("chat.postMessage").stream().filter(c -> c.mrkdwn().contains("Agenda call")).toList();
    }

    private Map<String, Integer> outbox() {
        return bed.core.transactions().inTransaction(() -> bed.core.outbox().countByStatus(partnership));
    }
}

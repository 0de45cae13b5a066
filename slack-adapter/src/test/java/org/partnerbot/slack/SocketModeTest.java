package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.slack.fakes.FakeSlackApi;
import org.partnerbot.slack.fakes.FakeSocketModeServer;

/** Socket Mode: envelopes from Slack's WebSocket are acked with their envelope id and run exactly once. */
class SocketModeTest {

    @Test
    void envelopesAreAckedAndRunAndARetriedEventHasOneEffect() throws Exception {
        List<Duration> pauses = new CopyOnWriteArrayList<>();
        try (FakeSlackApi api = new FakeSlackApi();
             FakeSocketModeServer socket = FakeSocketModeServer.start(Fixtures.text("sdk-mock.hello.json"));
             CoreModule core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"))) {
            api.socketModeUrl(socket.url());
            try (SlackAdapter adapter = SlackAdapter.start(new SlackSettings("xoxb-test", "xapp-test", null, api.apiUrl()), core.bot(), core.conversationReferences(),
                    core.inbox(), new SlackAdapter.Options(MutableClock.at("2026-11-27T10:00:00Z"), pauses::add, 2)
                            .alsoInstalledIn("slack:T111"))) { // the SDK's envelopes come from workspace T111
                core.inbox().start(2);
                assertThat(adapter.endpoint()).as("no HTTP endpoint without a signing secret").isNull();
                assertThat(socket.awaitConnection(10)).isTrue();
                assertThat(api.calls("apps.connections.open")).as("the WebSocket URL came from our API base").isNotEmpty();

                JsonObject command = Fixtures.json("sdk-mock.slash_commands.json");
                command.addProperty("envelope_id", "env-command-1");
                command.getAsJsonObject("payload").addProperty("text", "setup Socket Partnership");
                command.getAsJsonObject("payload").addProperty("command", "/partner");
                command.getAsJsonObject("payload").addProperty("response_url", api.responseUrl("socket-1"));
                socket.sendEnvelope(command.toString());
                assertThat(ackFor(socket, "env-command-1")).isTrue();
                core.inbox().awaitIdle(Duration.ofSeconds(10));
                assertThat(api.calls("response/socket-1")).hasSize(1);
                assertThat(api.calls("response/socket-1").get(0).mrkdwn()).contains("Socket Partnership is set up");

                JsonObject mention = Fixtures.json("sdk-mock.events_api.app_mention.json");
                mention.getAsJsonObject("payload").getAsJsonObject("event")
                        .addProperty("text", "<@" + FakeSlackApi.BOT_USER + "> agenda add Socket item");
                mention.getAsJsonObject("payload").getAsJsonObject("event").remove("blocks");
                for (String envelope : List.of("env-event-1", "env-event-2")) { // Slack's retry: new envelope, same event_id
                    mention.addProperty("envelope_id", envelope);
                    socket.sendEnvelope(mention.toString());
                    assertThat(ackFor(socket, envelope)).isTrue();
                }
                core.inbox().awaitIdle(Duration.ofSeconds(10));
                List<FakeSlackApi.Call> posts = api.calls("chat.postMessage");
                assertThat(posts).hasSize(1);
                assertThat(posts.get(0).param("channel")).isEqualTo("C111");
                assertThat(posts.get(0).mrkdwn()).contains("Agenda item 1 added by <@U111>: Socket item");
            }
        }
    }

    @Test
    void anAppTokenSlackRefusesStopsStartUpNamingTheVariable() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi();
             CoreModule core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"))) {
            for (int i = 0; i < 5; i++) {
                api.failNext("apps.connections.open", 200, null, "{\"ok\":false,\"error\":\"invalid_auth\"}");
            }
            assertThatThrownBy(() -> SlackAdapter.start(new SlackSettings("xoxb-test", "xapp-wrong", null, api.apiUrl()),
                    core.bot(), core.conversationReferences(), core.inbox(), new SlackAdapter.Options(MutableClock.at("2026-11-27T10:00:00Z"), d -> { }, 1)))
                    .hasMessageContaining("SLACK_APP_TOKEN").hasMessageNotContaining("xapp-wrong");
        }
    }

    private static boolean ackFor(FakeSocketModeServer socket, String envelopeId) throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            String message = socket.nextReceived(10);
            if (message == null) {
                return false;
            }
            JsonObject o = JsonParser.parseString(message).getAsJsonObject();
            if (o.has("envelope_id") && envelopeId.equals(o.get("envelope_id").getAsString())) {
                return true;
            }
        }
        return false;
    }
}

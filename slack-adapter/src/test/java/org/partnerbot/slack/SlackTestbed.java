package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Messages;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.ScenarioFile;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.Assembly;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.core.wiring.ScheduleModule;
import org.partnerbot.slack.fakes.FakeSlackApi;
import org.partnerbot.slack.fakes.LoopbackListener;
import org.partnerbot.slack.transport.EventsEndpoint;

/**
 * A whole Slack setup on loopback: the core on in-memory H2, the adapter in HTTP mode behind a JDK listener,
 * the fake Web API, and signed requests built from the fixtures. Rate-limit waits are recorded, not slept.
 */
final class SlackTestbed implements AutoCloseable {

    static final String SECRET = "test-signing-secret";
    static final String CHANNEL = "C0PARTNER";
    /** Workspaces the isolation tests speak from, besides the token's own. */
    static final String[] ALSO_INSTALLED = {"slack:T2OTHER", "slack:E0001:T0001"};

    final MutableClock clock;
    final FakeSlackApi api;
    final Assembly assembly;
    final CoreModule core;
    final SlackAdapter adapter;
    final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private final LoopbackListener listener;
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger ids = new AtomicInteger();

    SlackTestbed() throws IOException {
        this(SlackAdapter.Options.WEB_API_TIMEOUT);
    }

    SlackTestbed(Duration webApiTimeout) throws IOException {
        this(MutableClock.at("2026-11-27T10:00:00Z"), 1, webApiTimeout, IcuMessages.standard());
    }

    /**
     * At the scenario's own clock and pairing seed, writing with {@code messages}, everyone's Slack set to
     * {@code locale} (null: Slack says no locale).
     */
    SlackTestbed(ScenarioFile scenario, Messages messages, String locale) throws IOException {
        this(scenario.clock(), scenario.seed(), SlackAdapter.Options.WEB_API_TIMEOUT, messages);
        api.everyonesLocale(locale);
    }

    /**
     * The full assembly (schedule, reminders, calendar, team building, health) behind the adapter; what the outbox
     * holds is sent through the adapter's messenger right after each input, on the same thread.
     *
     * @param webApiTimeout how long the adapter waits for the fake Web API to answer
     */
    private SlackTestbed(MutableClock clock, long seed, Duration webApiTimeout, Messages messages) throws IOException {
        this.clock = clock;
        api = new FakeSlackApi();
        api.clock(clock);
        assembly = Assembly.on(TestDatabases.inMemory(), clock, ScenarioFile.seeds(seed), () -> ScheduleModule.DEFAULT_BASE_URL,
                messages);
        core = assembly.core();
        // Isolation tests send from other workspaces: the bot is installed in them too (one token serves one).
        adapter = SlackAdapter.start(new SlackSettings("xoxb-test", null, SECRET, api.apiUrl()), core.bot(),
                core.conversationReferences(), core.inbox(), new SlackAdapter.Options(clock, pauses::add, 2)
                        .withWebApiTimeout(webApiTimeout).alsoInstalledIn(ALSO_INSTALLED));
        core.sendThrough(adapter.messenger());
        core.rosters().register("slack", adapter.roster());
        core.dispatcher().sendSoonOn(Runnable::run);
        core.inbox().start(2);
        listener = new LoopbackListener(EventsEndpoint.PATH, EventsEndpoint.MAX_BODY, adapter.endpoint()::handle,
                adapter.endpoint()::tooLarge);
    }

    /** The schedule and reminders of the assembly (Quartz not started: tests fire its timers by hand). */
    ScheduleModule schedule() {
        return assembly.schedule();
    }

    /** POSTs a body signed now, as Slack would, and returns the HTTP answer (the ack). */
    HttpResponse<String> signed(String body, String contentType, Map<String, String> extraHeaders) {
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        return post(body, contentType, timestamp, new SlackSignature.Generator(SECRET).generate(timestamp, body), extraHeaders);
    }

    String endpointUrl() {
        return "http://127.0.0.1:" + listener.port() + EventsEndpoint.PATH;
    }

    HttpResponse<String> post(String body, String contentType, String timestamp, String signature, Map<String, String> extraHeaders) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + listener.port() + EventsEndpoint.PATH))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (timestamp != null) {
            b.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            b.header("X-Slack-Signature", signature);
        }
        extraHeaders.forEach(b::header);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the work behind every ack so far has run. */
    void settle() {
        try {
            assertThat(core.inbox().awaitIdle(Duration.ofSeconds(20))).as("Slack work finished").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String nextId(String prefix) {
        return prefix + ids.incrementAndGet();
    }

    // --- requests shaped like the fixtures -------------------------------------------------------------

    /** The SDK's slash command body with our team, channel, user, text and a loopback response URL. */
    String slashCommand(String team, String channel, String user, String text) {
        seen(channel, user, false);
        Map<String, String> form = Fixtures.form("slash_command.form.txt");
        form.remove("enterprise_id");
        form.remove("enterprise_name");
        form.put("team_id", team);
        form.put("channel_id", channel);
        form.put("user_id", user);
        form.put("user_name", FakeSlackApi.nameOf(user));
        form.put("command", "/partner");
        form.put("text", text);
        form.put("response_url", api.responseUrl(nextId("cmd")));
        form.put("trigger_id", nextId("trigger."));
        return Fixtures.encode(form);
    }

    HttpResponse<String> command(String user, String text) {
        return command(FakeSlackApi.TEAM, CHANNEL, user, text);
    }

    HttpResponse<String> command(String team, String channel, String user, String text) {
        return signed(slashCommand(team, channel, user, text), "application/x-www-form-urlencoded", Map.of());
    }

    /** An Events API body from a fixture, with our team, event id and the given event fields. */
    String event(String fixture, String team, String eventId, Map<String, String> fields) {
        JsonObject payload = Fixtures.json(fixture);
        payload.addProperty("team_id", team);
        // The installation the event is delivered for, as Slack names it.
        payload.getAsJsonArray("authorizations").get(0).getAsJsonObject().addProperty("team_id", team);
        payload.addProperty("event_id", eventId);
        // The docs' example has microseconds here, which Slack's schema (an int of seconds) rejects.
        payload.addProperty("event_time", clock.instant().getEpochSecond());
        JsonObject event = payload.getAsJsonObject("event");
        event.remove("blocks");
        fields.forEach(event::addProperty);
        if (fields.containsKey("user") && fields.containsKey("channel")) {
            seen(fields.get("channel"), fields.get("user"), fixture.contains("left"));
        }
        return payload.toString();
    }

    /** Slack shows who speaks or joins in a channel as its member, and no longer who left (not direct messages). */
    private void seen(String channel, String user, boolean left) {
        if (channel == null || channel.startsWith("D")) {
            return;
        }
        if (left) {
            api.goneFrom(channel, user);
        } else {
            api.seenIn(channel, user);
        }
    }

    HttpResponse<String> message(String user, String text, String eventId) {
        return signed(event("event.message.channels.json", FakeSlackApi.TEAM, eventId,
                Map.of("user", user, "text", text, "channel", CHANNEL, "channel_type", "channel")), "application/json", Map.of());
    }

    HttpResponse<String> mention(String user, String text, String eventId) {
        return signed(event("event.app_mention.json", FakeSlackApi.TEAM, eventId,
                Map.of("user", user, "text", "<@" + FakeSlackApi.BOT_USER + "> " + text, "channel", CHANNEL)), "application/json", Map.of());
    }

    /** A block_actions payload (the SDK's App Home press) pressing the given button value. */
    String blockAction(String team, String user, String actionId, String value, boolean home, String channel) {
        JsonObject p = Fixtures.json("block_actions.home_tab.json");
        p.getAsJsonObject("team").addProperty("id", team);
        p.getAsJsonObject("user").addProperty("id", user);
        p.getAsJsonObject("user").addProperty("team_id", team);
        JsonObject action = p.getAsJsonArray("actions").get(0).getAsJsonObject();
        // Every press has its own action time (a replay of one press repeats it, and is one press).
        action.addProperty("action_ts", clock.instant().getEpochSecond() + "." + String.format("%06d", ids.incrementAndGet()));
        action.addProperty("action_id", actionId);
        action.addProperty("value", value);
        if (!home) {
            JsonObject container = new JsonObject();
            container.addProperty("type", "message");
            container.addProperty("channel_id", channel);
            container.addProperty("message_ts", "1700000000.000001");
            p.add("container", container);
            JsonObject ch = new JsonObject();
            ch.addProperty("id", channel);
            ch.addProperty("name", "partnership");
            p.add("channel", ch);
            p.remove("view");
            p.addProperty("response_url", api.responseUrl(nextId("act")));
        }
        return "payload=" + java.net.URLEncoder.encode(p.toString(), java.nio.charset.StandardCharsets.UTF_8);
    }

    HttpResponse<String> form(String body) {
        return signed(body, "application/x-www-form-urlencoded", Map.of());
    }

    @Override
    public void close() {
        listener.close();
        adapter.close();
        assembly.close();
        api.close();
    }
}

package org.partnerbot.teams.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.teams.TeamsModule;
import org.partnerbot.teams.TeamsSettings;
import org.partnerbot.teams.http.MessagesEndpoint;
import org.partnerbot.teams.outbound.RetryPolicy;

/** The Teams endpoint running on loopback over a real core, as the launcher wires it. */
public final class TeamsHarness implements AutoCloseable {

    /** An HTTP answer from {@code /api/messages}. */
    public record Answer(int status, String body) {
    }

    private final CoreModule core;
    private final TeamsModule teams;
    private final LoopbackListener server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Every wait the messenger asked for between retries; nothing really sleeps in tests. */
    public final List<Duration> waits = new ArrayList<>();

    public TeamsHarness(CoreModule core, TeamsSettings settings) {
        this.core = core;
        this.teams = TeamsModule.create(settings, core.bot(), core.conversationReferences(), core.inbox(),
                new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(30)), d -> {
                    synchronized (waits) {
                        waits.add(d);
                    }
                });
        // What the outbox holds goes out through this endpoint's messenger right after each input, on the same thread.
        core.sendThrough(teams.messenger());
        core.rosters().register(TeamsModule.PLATFORM, teams.roster());
        core.dispatcher().sendSoonOn(Runnable::run);
        core.inbox().start(2);
        server = new LoopbackListener(TeamsModule.PATH, MessagesEndpoint.MAX_BODY, teams.endpoint()::handle,
                teams.endpoint()::tooLarge);
    }

    public static TeamsHarness anonymous(CoreModule core) {
        return new TeamsHarness(core, TeamsSettings.anonymous());
    }

    public TeamsModule teams() {
        return teams;
    }

    public CoreModule core() {
        return core;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port() + TeamsModule.PATH);
    }

    public Answer post(JsonNode activity) {
        return post(activity.toString(), null);
    }

    public Answer post(String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint()).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            settle();
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the turns of every activity acknowledged so far have run (inbox workers run them after the 202), so
     * a test reads what the bot did as a person would a moment later.
     */
    public void settle() {
        try {
            if (!core.inbox().awaitIdle(Duration.ofSeconds(20))) {
                throw new AssertionError("the inbox still had work after 20 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpClient client() {
        return client;
    }

    @Override
    public void close() {
        server.close();
    }
}

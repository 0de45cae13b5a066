package org.partnerbot.config.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.partnerbot.config.Application;
import org.partnerbot.slack.fakes.FakeSlackApi;

/**
 * Slack on loopback for launcher tests: a Web API that records every call (bot {@code UBOT} in team {@code T1};
 * response URLs under {@code /response/…}; a scripted failure answers the next call of a method), and the
 * requests Slack itself would send to the app, signed with the signing secret.
 */
final class SlackStub implements AutoCloseable {

    static final String TEAM = "T1";
    static final String CHANNEL = "C0PARTNER";

    /** One call the bot made: method ({@code chat.postMessage}, or {@code response} for a response URL) and raw body. */
    record Call(String method, String body) {
        boolean isPost() {
            return method.equals("chat.postMessage") || method.equals("chat.postEphemeral") || method.equals("response");
        }
    }

    /** The Web API itself is the adapter's own fake: one stand-in for Slack across the modules' tests. */
    private final FakeSlackApi api;
    private final AtomicInteger ids = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String signingSecret;

    SlackStub(String signingSecret) throws IOException {
        this.signingSecret = signingSecret;
        this.api = new FakeSlackApi();
        // Socket Mode is not served here: an app token is refused, as Slack refuses a wrong one.
        api.failNext("apps.connections.open", 200, null, "{\"ok\":false,\"error\":\"invalid_auth\"}");
    }

    String apiUrl() {
        return api.apiUrl();
    }

    /** The next call of {@code method} ({@code response} for response URLs) answers this status instead. */
    void failNext(String method, int status, String retryAfter, String body) {
        api.failNext(method, status, retryAfter, body);
    }

    List<Call> calls() {
        return api.calls().stream()
                .map(c -> new Call(c.method().startsWith("response/") ? "response" : c.method(), c.body())).toList();
    }

    List<Call> posts() {
        return calls().stream().filter(Call::isPost).toList();
    }

    /** Posts (channel messages and response-URL answers) whose body mentions {@code text}. */
    long postsMentioning(String text) {
        return posts().stream().filter(c -> c.body().contains(text)
                || (!c.body().startsWith("{") && URLDecoder.decode(c.body(), StandardCharsets.UTF_8).contains(text))).count();
    }

    // --- what Slack sends to the app ----------------------------------------------------------------------

    /** A slash command body as Slack sends it, with its own trigger id and a response URL on this stub. */
    String slashCommand(String user, String text) {
        int id = ids.incrementAndGet();
        return "token=x&team_id=" + TEAM + "&team_domain=northside&channel_id=" + CHANNEL + "&channel_name=partnership"
                + "&user_id=" + user + "&user_name=" + user.substring(1).toLowerCase() + "&command=%2Fpartner"
                + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&response_url=" + URLEncoder.encode(api.responseUrl(Integer.toString(id)), StandardCharsets.UTF_8)
                + "&trigger_id=" + id + ".1700000000." + Integer.toHexString(id * 7919);
    }

    /** An {@code app_mention} event ("@Partnerbot text") with the given event id. */
    String mention(String user, String text, String eventId) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_mention");
        event.addProperty("user", user);
        event.addProperty("text", "<@UBOT> " + text);
        event.addProperty("ts", "1700000000.000" + ids.incrementAndGet());
        event.addProperty("channel", CHANNEL);
        event.addProperty("event_ts", "1700000000.000100");
        JsonObject payload = new JsonObject();
        payload.addProperty("token", "x");
        payload.addProperty("team_id", TEAM);
        payload.addProperty("api_app_id", "A1");
        payload.add("event", event);
        payload.addProperty("type", "event_callback");
        payload.addProperty("event_id", eventId);
        payload.addProperty("event_time", System.currentTimeMillis() / 1000);
        JsonArray authorizations = new JsonArray();
        JsonObject auth = new JsonObject();
        auth.addProperty("team_id", TEAM);
        auth.addProperty("user_id", "UBOT");
        auth.addProperty("is_bot", true);
        authorizations.add(auth);
        payload.add("authorizations", authorizations);
        return payload.toString();
    }

    /** POSTs {@code body} to the app's {@code /slack/events}, signed now with the signing secret (or another). */
    HttpResponse<String> deliver(Application app, String body, String secret) {
        boolean json = body.startsWith("{");
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + "/slack/events"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", json ? "application/json" : "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", new SlackSignature.Generator(secret).generate(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> deliver(Application app, String body) {
        return deliver(app, body, signingSecret);
    }

    /** A GET on the listener that serves {@code path}: health and metrics are on the management one. */
    HttpResponse<String> get(Application app, String path) {
        int port = path.equals("/healthz") || path.equals("/metrics") ? app.managementPort() : app.httpPort();
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the Slack work behind every ack so far has run on this node. */
    static void settle(Application app) {
        try {
            if (!app.core().inbox().awaitIdle(Duration.ofSeconds(20))) {
                throw new AssertionError("Slack work did not finish within 20 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        api.close();
    }
}

package org.partnerbot.teams.http;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.partnerbot.teams.connector.SdkAdapter;
import org.partnerbot.teams.turn.TeamsTurn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/messages}: reads one activity (at most 256 KB, refused before reading more), lets the SDK
 * authenticate it and runs the turn. 200/202 on success, 400 unreadable, 401 failed authentication, 413 too large.
 */
public final class MessagesEndpoint implements HttpHandler {

    public static final String PATH = "/api/messages";
    public static final int MAX_BODY = 256 * 1024;
    private static final Logger log = LoggerFactory.getLogger(MessagesEndpoint.class);

    private final SdkAdapter adapter;
    private final TeamsTurn turn;

    public MessagesEndpoint(SdkAdapter adapter, TeamsTurn turn) {
        this.adapter = adapter;
        this.turn = turn;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                respond(exchange, 405, "Use POST to send an activity.");
                return;
            }
            byte[] body = readLimited(exchange);
            if (body == null) {
                respond(exchange, 413, "The activity is larger than " + MAX_BODY / 1024 + " KB.");
                return;
            }
            Activity activity = parse(body);
            if (activity == null) {
                respond(exchange, 400, "The body is not a Bot Framework activity (JSON with a type).");
                return;
            }
            process(exchange, activity);
        }
    }

    private void process(HttpExchange exchange, Activity activity) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        try {
            InvokeResponse response = adapter.processIncomingActivity(auth == null ? "" : auth, activity, turn).join();
            if (response == null) {
                exchange.sendResponseHeaders(activity.isType("invoke") ? 200 : 202, -1);
                return;
            }
            byte[] json = Serialization.toString(response.getBody()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(response.getStatus(), json.length);
            exchange.getResponseBody().write(json);
        } catch (RuntimeException e) {
            Throwable authFailure = authFailure(e);
            if (authFailure != null) {
                log.warn("rejected an activity: {}", authFailure.getMessage());
                respond(exchange, 401, "Unauthorized: the request has no valid Bot Framework token.");
                return;
            }
            fail(exchange, activity, e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
        }
    }

    /** The SDK reports a missing or bad token as AuthenticationException, and an unparsable one as a JWT error. */
    private static Throwable authFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationException || t instanceof JWTVerificationException) {
                return t;
            }
        }
        return null;
    }

    private static void fail(HttpExchange exchange, Activity activity, Throwable e) throws IOException {
        String ref = UUID.randomUUID().toString().substring(0, 8);
        log.error("activity failed ref={} type={} id={}", ref, activity.getType(), activity.getId(), e);
        respond(exchange, 500, "The bot failed to handle this activity (ref " + ref + ").");
    }

    /** The body, or null when it is over the limit; a declared length over it is refused without reading. */
    private static byte[] readLimited(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > MAX_BODY) {
                    return null;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        InputStream in = exchange.getRequestBody();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_BODY) {
                return null;
            }
        }
        return out.toByteArray();
    }

    private static Activity parse(byte[] body) {
        try {
            JsonNode node = Serialization.jsonToTree(new String(body, StandardCharsets.UTF_8));
            if (node == null || !node.isObject() || !node.path("type").isTextual()) {
                return null;
            }
            return Serialization.safeGetAs(node, Activity.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void respond(HttpExchange exchange, int status, String message) throws IOException {
        byte[] bytes = (message + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}

package org.partnerbot.slack.transport;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events} on the shared JDK listener: the raw request goes to Bolt unchanged (the signature
 * covers the exact bytes), Bolt verifies it, answers {@code url_verification}, and acks. Bad requests get a short
 * JSON error and a status, never a stack trace.
 */
public final class EventsEndpoint implements HttpHandler {

    public static final String PATH = "/slack/events";
    /** Slack's payloads are a few kB; anything near this is not from Slack. */
    static final int MAX_BODY = 1 << 20;
    private static final Logger log = LoggerFactory.getLogger(EventsEndpoint.class);

    private final App app;
    private final SlackRequestParser parser;

    public EventsEndpoint(App app) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            serve(exchange);
        }
    }

    private void serve(HttpExchange exchange) {
        try {
            if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                send(exchange, 405, "{\"error\":\"use POST\"}");
                return;
            }
            byte[] raw = declaredTooLarge(exchange) ? null : read(exchange.getRequestBody());
            if (raw == null) {
                refuseTooLarge(exchange);
                return;
            }
            Request<?> request;
            try {
                request = parser.parse(SlackRequestParser.HttpRequest.builder()
                        .requestUri(exchange.getRequestURI().getPath())
                        .queryString(query(exchange.getRequestURI().getRawQuery()))
                        .headers(new RequestHeaders(headers(exchange)))
                        .requestBody(new String(raw, StandardCharsets.UTF_8))
                        .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                        .build());
            } catch (RuntimeException e) {
                request = null;
            }
            if (request == null) {
                send(exchange, 400, "{\"error\":\"not a Slack request\"}");
                return;
            }
            Response response;
            try {
                response = app.run(request);
            } catch (com.google.gson.JsonParseException e) {
                // Signed, but not a payload Slack's schema allows: the sender's fault, not ours.
                send(exchange, 400, "{\"error\":\"malformed Slack payload\"}");
                return;
            }
            response.getHeaders().forEach((k, v) -> exchange.getResponseHeaders().put(k, v));
            if (response.getContentType() != null) {
                exchange.getResponseHeaders().set("Content-Type", response.getContentType());
            }
            send(exchange, response.getStatusCode() == null ? 200 : response.getStatusCode(),
                    response.getBody() == null ? "" : response.getBody());
        } catch (Exception e) {
            log.error("Slack request failed", e);
            try {
                send(exchange, 500, "{\"error\":\"internal error\"}");
            } catch (IOException | RuntimeException ignored) {
                // the response had already started; the client sees a broken reply and Slack retries
            }
        }
    }

    /**
     * 413, and the connection is not kept for another request (the rest of the body is never read). A client that
     * keeps sending may find the connection gone before it reads the answer; that is its problem, not an error here.
     */
    private static void refuseTooLarge(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Connection", "close");
        try {
            send(exchange, 413, "{\"error\":\"request too large\"}");
        } catch (IOException e) {
            log.debug("oversize request: connection gone before the 413 was written ({})", e.getMessage());
        }
    }

    /** A Content-Length over the limit is refused before a byte of the body is read. */
    private static boolean declaredTooLarge(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length == null) {
            return false;
        }
        try {
            return Long.parseLong(length.strip()) > MAX_BODY;
        } catch (NumberFormatException e) {
            return false; // the bounded read below still caps it
        }
    }

    /** Reads at most one byte past the limit (chunked bodies have no length up front); null when over it. */
    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }

    private static Map<String, List<String>> headers(HttpExchange exchange) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), new ArrayList<>(v)));
        return out;
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}

package org.partnerbot.slack.transport;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnerbot.slack.inbound.BusyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}, whatever server carries it. The signature is checked on the raw bytes before anything
 * parses, decodes or logs them (Bolt's parser logs a body it does not recognise, and it runs before Bolt's own check):
 * an unsigned or forged request gets 401 and a WARN line that names neither its body nor its headers. Only then is the
 * body decoded (UTF-8, whatever the platform's default) and handed to Bolt, which answers {@code url_verification}
 * and runs the handlers: those record the input in the inbox and ack. Bad requests get a short JSON error and a
 * status, never a stack trace.
 */
public final class EventsEndpoint {

    public static final String PATH = "/slack/events";
    /** Slack's payloads are a few kB; anything near this is not from Slack. */
    public static final int MAX_BODY = 1 << 20;
    private static final byte[] SSL_CHECK = "ssl_check=1".getBytes(StandardCharsets.US_ASCII);
    private static final Logger log = LoggerFactory.getLogger(EventsEndpoint.class);

    private final App app;
    private final SlackRequestParser parser;
    private final ClockedVerifier verifier;

    public EventsEndpoint(App app, String signingSecret, Clock clock) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.verifier = new ClockedVerifier(signingSecret, clock);
    }

    public RawResponse handle(RawRequest request) {
        if (!"POST".equalsIgnoreCase(request.method())) {
            return new RawResponse(405, Map.of("Allow", List.of("POST"), "Content-Type", List.of("application/json; charset=utf-8")),
                    "{\"error\":\"use POST\"}".getBytes(StandardCharsets.UTF_8));
        }
        if (request.body().length > MAX_BODY) {
            return tooLarge();
        }
        if (isSslCheck(request.body())) {
            // Slack's check of the certificate when a URL is saved: nothing to verify, nothing to do.
            return new RawResponse(200, Map.of(), new byte[0]);
        }
        if (!verifier.isValid(request.header("X-Slack-Request-Timestamp"), request.body(), request.header("X-Slack-Signature"))) {
            log.warn("refused a request to {}: its Slack signature is missing, wrong or outside the five-minute window", PATH);
            return RawResponse.json(401, "{\"error\":\"invalid signature\"}");
        }
        return verified(request);
    }

    /** The answer to a body over {@link #MAX_BODY}, which a listener gives without reading the rest. */
    public RawResponse tooLarge() {
        return RawResponse.json(413, "{\"error\":\"request too large\"}");
    }

    private RawResponse verified(RawRequest raw) {
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(raw.path())
                    .queryString(query(raw.rawQuery()))
                    .headers(new RequestHeaders(headers(raw)))
                    .requestBody(new String(raw.body(), StandardCharsets.UTF_8))
                    .remoteAddress(raw.remoteAddress())
                    .build());
        } catch (RuntimeException e) {
            request = null;
        }
        if (request == null) {
            return RawResponse.json(400, "{\"error\":\"not a Slack request\"}");
        }
        Response response;
        try {
            response = app.run(request);
        } catch (BusyEvent e) {
            // No X-Slack-No-Retry: Slack sends the event again later, when the inbox has room.
            return new RawResponse(503, Map.of("Retry-After", List.of("60"), "Content-Type", List.of("application/json; charset=utf-8")),
                    "{\"error\":\"busy, retry later\"}".getBytes(StandardCharsets.UTF_8));
        } catch (com.google.gson.JsonParseException e) {
            // Signed, but not a payload Slack's schema allows: the sender's fault, not ours.
            return RawResponse.json(400, "{\"error\":\"malformed Slack payload\"}");
        } catch (Exception e) {
            String ref = UUID.randomUUID().toString().substring(0, 8);
            log.error("Slack request failed ref={}", ref, e);
            return RawResponse.json(500, "{\"error\":\"internal error\",\"ref\":\"" + ref + "\"}");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>(response.getHeaders() == null ? Map.of() : response.getHeaders());
        headers.put("Content-Type", List.of(response.getContentType() != null ? response.getContentType()
                : "application/json; charset=utf-8"));
        String body = response.getBody() == null ? "" : response.getBody();
        return new RawResponse(response.getStatusCode() == null ? 200 : response.getStatusCode(), headers,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isSslCheck(byte[] body) {
        if (body.length < SSL_CHECK.length) {
            return false;
        }
        for (int i = 0; i < SSL_CHECK.length; i++) {
            if (body[i] != SSL_CHECK[i]) {
                return false;
            }
        }
        return body.length == SSL_CHECK.length || body[SSL_CHECK.length] == '&';
    }

    private static Map<String, List<String>> headers(RawRequest raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        raw.headers().forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), new ArrayList<>(v)));
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
}

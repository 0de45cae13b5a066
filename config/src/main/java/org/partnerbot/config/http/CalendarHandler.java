package org.partnerbot.config.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /calendar/<token>.ics}: a partnership's meeting calendar for calendar apps to subscribe to. The
 * token is the only key (calendar apps cannot log in); an unknown, revoked or malformed one is a plain 404,
 * so the answer never tells a guesser anything. Tokens are not logged.
 */
public final class CalendarHandler implements HttpHandler {

    public static final String PATH = "/calendar/";
    private static final Logger log = LoggerFactory.getLogger(CalendarHandler.class);

    private final Function<String, Optional<String>> feeds;

    /** @param feeds the .ics text for a token, or empty (the core's {@code CalendarService::feed}) */
    public CalendarHandler(Function<String, Optional<String>> feeds) {
        this.feeds = feeds;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            String name = path.startsWith(PATH) ? path.substring(PATH.length()) : "";
            Optional<String> ics;
            try {
                ics = name.endsWith(".ics") ? feeds.apply(name.substring(0, name.length() - 4)) : Optional.empty();
            } catch (RuntimeException e) {
                log.error("calendar feed failed", e);
                send(exchange, 503, "text/plain; charset=utf-8", "Calendar unavailable, try again later.\n", method);
                return;
            }
            if (ics.isEmpty()) {
                send(exchange, 404, "text/plain; charset=utf-8", "No such calendar.\n", method);
                return;
            }
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            send(exchange, 200, "text/calendar; charset=utf-8", ics.get(), method);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body, String method) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        if (method.equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

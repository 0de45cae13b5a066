package org.partnerbot.config.http;

import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /calendar/<token>.ics}: a partnership's meeting calendar for calendar apps to subscribe to. The
 * token is the only key (calendar apps cannot log in); an unknown, revoked or malformed one is a plain 404,
 * so the answer never tells a guesser anything. Tokens are not logged.
 */
public final class CalendarHandler {

    public static final String PATH = "/calendar/";
    private static final Logger log = LoggerFactory.getLogger(CalendarHandler.class);

    private final Function<String, Optional<String>> feeds;

    /** @param feeds the .ics text for a token, or empty (the core's {@code CalendarService::feed}) */
    public CalendarHandler(Function<String, Optional<String>> feeds) {
        this.feeds = feeds;
    }

    public HttpRoute route() {
        return HttpRoute.reading(PATH, true, this::answer);
    }

    HttpAnswer answer(HttpCall call) {
        String method = call.method();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return HttpAnswer.text(405, "").withHeader("Allow", "GET, HEAD");
        }
        String path = call.path();
        String name = path.startsWith(PATH) ? path.substring(PATH.length()) : "";
        Optional<String> ics;
        try {
            ics = name.endsWith(".ics") ? feeds.apply(name.substring(0, name.length() - 4)) : Optional.empty();
        } catch (RuntimeException e) {
            log.error("calendar feed failed", e);
            return head(BrowserAnswer.text(503, call.header("accept-language"), "http.calendarUnavailable"), method);
        }
        if (ics.isEmpty()) {
            return head(BrowserAnswer.text(404, call.header("accept-language"), "http.noSuchCalendar"), method);
        }
        return head(HttpAnswer.of(200, "text/calendar; charset=utf-8", ics.get()).withHeader("Cache-Control", "no-cache"), method);
    }

    /** A HEAD request gets the headers of the GET, without the body. */
    private static HttpAnswer head(HttpAnswer answer, String method) {
        return method.equals("HEAD") ? new HttpAnswer(answer.status(), answer.headers(), new byte[0]) : answer;
    }
}

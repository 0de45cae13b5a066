package org.partnerbot.teams.outbound;

import com.microsoft.bot.restclient.RestException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** What the Bot Connector said when a send failed: its HTTP status and {@code Retry-After}, if it gave them. */
record ConnectorFailure(int status, Duration retryAfter, Throwable cause) {

    /** Throttled (429), precondition race (412), gateway trouble (502, 504): worth another try. */
    private static final Set<Integer> RETRYABLE = Set.of(412, 429, 500, 502, 503, 504);

    static ConnectorFailure of(Throwable error) {
        Throwable t = error;
        while (t != null) {
            if (t instanceof RestException rest && rest.response() != null) {
                String header = rest.response().headers().get("Retry-After");
                return new ConnectorFailure(rest.response().code(), parseRetryAfter(header), error);
            }
            t = t.getCause();
        }
        return new ConnectorFailure(-1, null, error); // no answer at all: network trouble, retry later
    }

    /** No HTTP answer at all: the connector may or may not have taken the message. */
    boolean unanswered() {
        return status < 0;
    }

    boolean retryable() {
        return status < 0 || RETRYABLE.contains(status);
    }

    /** The bot was removed from the conversation, or the user blocked it: retrying cannot help. */
    boolean gone() {
        return status == 403 || status == 404;
    }

    static Duration parseRetryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String v = header.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}

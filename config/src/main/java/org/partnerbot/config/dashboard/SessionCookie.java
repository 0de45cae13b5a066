package org.partnerbot.config.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The dashboard's session cookie: {@code HttpOnly} (no script reads it), {@code SameSite=Strict} (no other site's page
 * sends it, so no cross-site request acts as the reader), {@code Secure} when the public URL is https, scoped to the
 * dashboard's path, lasting as long as the session.
 */
final class SessionCookie {

    static final String NAME = "partnerbot_session";

    private final boolean secure;

    SessionCookie(boolean secure) {
        this.secure = secure;
    }

    String set(String token, Instant expires, Instant now) {
        long seconds = Math.max(0, Duration.between(now, expires).getSeconds());
        return NAME + "=" + token + "; Path=/dashboard/; Max-Age=" + seconds + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }

    String clear() {
        return NAME + "=; Path=/dashboard/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }

    /** The session token from a {@code Cookie} header, if the request carries one. */
    static Optional<String> read(String cookieHeader) {
        if (cookieHeader == null) {
            return Optional.empty();
        }
        for (String part : cookieHeader.split(";")) {
            String p = part.strip();
            if (p.startsWith(NAME + "=")) {
                return Optional.of(p.substring(NAME.length() + 1));
            }
        }
        return Optional.empty();
    }
}

package org.partnerbot.config.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The session cookie says what a browser must do with it: never to scripts, never from other sites, https only when served so. */
class SessionCookieTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    private static final String TOKEN = "a".repeat(43);

    @Test
    void behindHttpsTheCookieIsSecure() {
        assertThat(new SessionCookie(true).set(TOKEN, NOW.plusSeconds(28_800), NOW))
                .isEqualTo("partnerbot_session=" + TOKEN + "; Path=/dashboard/; Max-Age=28800; HttpOnly; SameSite=Strict; Secure");
        assertThat(new SessionCookie(true).clear()).contains("Max-Age=0", "Secure");
    }

    @Test
    void onPlainHttpItCannotBeSecureOrTheBrowserWouldDropIt() {
        assertThat(new SessionCookie(false).set(TOKEN, NOW.plusSeconds(60), NOW)).endsWith("Max-Age=60; HttpOnly; SameSite=Strict");
    }

    @Test
    void theTokenIsReadFromAmongOtherCookies() {
        assertThat(SessionCookie.read("theme=dark; partnerbot_session=" + TOKEN + "; x=y")).contains(TOKEN);
        assertThat(SessionCookie.read("theme=dark")).isEmpty();
        assertThat(SessionCookie.read(null)).isEmpty();
    }
}

package org.partnerbot.config.dashboard;

import java.util.Optional;
import org.partnerbot.core.i18n.Language;

/**
 * The language a reader picked with the pages' own "Cymraeg" / "English" link: a preference asked for, nothing
 * personal, kept for a year. {@code SameSite=Strict} like the session: a cookie a link from Slack would carry would make
 * the page think the browser already holds the session (see the refresh in DashboardRoutes#notSignedIn).
 */
final class LanguageCookie {

    static final String NAME = "partnerbot_lang";
    private static final long YEAR = 365L * 24 * 3600;

    private final boolean secure;

    LanguageCookie(boolean secure) {
        this.secure = secure;
    }

    String set(Language language) {
        return NAME + "=" + language.code() + "; Path=/dashboard/; Max-Age=" + YEAR + "; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "");
    }

    static Optional<Language> read(String cookieHeader) {
        if (cookieHeader == null) {
            return Optional.empty();
        }
        for (String part : cookieHeader.split(";")) {
            String p = part.strip();
            if (p.startsWith(NAME + "=")) {
                String code = p.substring(NAME.length() + 1);
                return code.equals("cy") || code.equals("en") ? Language.parse(code) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}

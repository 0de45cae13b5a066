package org.partnerbot.core.i18n;

import java.util.Locale;

/**
 * The language a browser asks for in its {@code Accept-Language} header, among those the bot speaks: Welsh when the
 * browser prefers Welsh to English, else English. Only for pages before the bot knows who reads them (the dashboard
 * before sign-in, the Slack install pages, the listener's own answers).
 */
public final class BrowserLanguage {

    private BrowserLanguage() {
    }

    public static Language of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return Language.EN;
        }
        try {
            // parse() orders the ranges by weight, most wanted first; weight 0 means "not this one".
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String primary = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (primary.equals("cy")) {
                    return Language.CY;
                }
                if (primary.equals("en")) {
                    return Language.EN;
                }
            }
        } catch (IllegalArgumentException e) {
            // A malformed header asks for nothing.
        }
        return Language.EN;
    }
}

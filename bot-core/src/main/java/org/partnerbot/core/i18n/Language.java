package org.partnerbot.core.i18n;

import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Optional;

/** A language the bot speaks. Codes are stored: add, never rename. */
public enum Language {
    EN("en"),
    CY("cy");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public ULocale locale() {
        return new ULocale(code + "_GB");
    }

    /** {@code en}, {@code cy}, also as their names ({@code english}, {@code cymraeg}); empty for anything else. */
    public static Optional<Language> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "en", "english", "saesneg" -> Optional.of(EN);
            case "cy", "welsh", "cymraeg" -> Optional.of(CY);
            default -> Optional.empty();
        };
    }

    /**
     * The language of a platform locale such as Slack's {@code cy-GB} or Teams' {@code cy-GB}/{@code en-US}; empty
     * when the platform did not say. Any locale that is not Welsh reads English, the bot's other language.
     */
    public static Optional<Language> ofLocale(String locale) {
        if (locale == null || locale.isBlank()) {
            return Optional.empty();
        }
        String lang = locale.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
        return Optional.of(lang.equals("cy") ? CY : EN);
    }
}

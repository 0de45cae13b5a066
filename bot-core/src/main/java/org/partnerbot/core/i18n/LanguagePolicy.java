package org.partnerbot.core.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a partnership's channel reads: English, Welsh, or both. Bilingual posts put Welsh first, then English, as the
 * Welsh Language Standards expect. Names are stored: add, never rename.
 */
public enum LanguagePolicy {
    EN(List.of(Language.EN)),
    CY(List.of(Language.CY)),
    BILINGUAL(List.of(Language.CY, Language.EN));

    private final List<Language> languages;

    LanguagePolicy(List<Language> languages) {
        this.languages = languages;
    }

    /** The languages of a channel post, in the order they are shown. */
    public List<Language> languages() {
        return languages;
    }

    public static Optional<LanguagePolicy> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "bilingual", "dwyieithog", "both" -> Optional.of(BILINGUAL);
            default -> Language.parse(t).map(l -> l == Language.CY ? CY : EN);
        };
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

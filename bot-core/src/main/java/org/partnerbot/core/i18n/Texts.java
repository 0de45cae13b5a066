package org.partnerbot.core.i18n;

import java.time.LocalDate;
import java.util.Objects;

/** The messages of one language: what a reply is written with once it is known who reads it. */
public final class Texts {

    private final Messages messages;
    private final Language language;

    Texts(Messages messages, Language language) {
        this.messages = Objects.requireNonNull(messages);
        this.language = Objects.requireNonNull(language);
    }

    public Language language() {
        return language;
    }

    public String t(String key, Object... args) {
        return messages.text(language, key, args);
    }

    public String date(LocalDate date) {
        return messages.date(language, date);
    }

    public boolean has(String key) {
        return messages.has(language, key);
    }

    /** The same messages in another language, e.g. the channel's while answering one reader. */
    public Texts in(Language other) {
        return other == language ? this : messages.in(other);
    }

    @Override
    public String toString() {
        return "Texts[" + language.code() + "]";
    }
}

package org.partnerbot.core.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The Welsh words of each command, from {@code i18n/verbs_cy.properties}: one place for the whole grammar, so a
 * capability's {@link CommandSpec} keeps its English words (DESIGN's names) and every command also answers in Welsh.
 */
public final class WelshWords {

    private static final Properties WORDS = load();

    private WelshWords() {
    }

    /** The Welsh word sequences of a command's English words, the one help shows first; empty when it has none. */
    public static List<String> of(String englishWords) {
        String v = WORDS.getProperty(englishWords);
        if (v == null) {
            return List.of();
        }
        return Arrays.stream(v.split(",")).map(String::strip).filter(w -> !w.isEmpty() && !w.equals(englishWords))
                .toList();
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = WelshWords.class.getClassLoader().getResourceAsStream("i18n/verbs_cy.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}

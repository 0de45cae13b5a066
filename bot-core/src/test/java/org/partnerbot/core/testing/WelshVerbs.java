package org.partnerbot.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * A command as a Welsh speaker types it: its English words at the start of the line replaced by their Welsh ones
 * ({@code i18n/verbs_cy.properties}), the arguments left as written. Anything else (talk, a command without Welsh
 * words) is unchanged, so the Welsh run of a scenario proves the Welsh grammar across every scenario.
 */
public final class WelshVerbs {

    private record Alias(String english, String welsh) {
    }

    // Longest first: "actions mine" before "actions", "forget me" before "forget".
    private static final List<Alias> ALIASES = load().stream()
            .sorted(Comparator.comparingInt((Alias a) -> a.english().length()).reversed()).toList();

    private WelshVerbs() {
    }

    public static String of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Alias a : ALIASES) {
            if (lower.startsWith(a.english())
                    && (lower.length() == a.english().length() || lower.charAt(a.english().length()) == ' ')) {
                return a.welsh() + text.substring(a.english().length());
            }
        }
        return text;
    }

    private static List<Alias> load() {
        Properties p = new Properties();
        try (InputStream in = WelshVerbs.class.getClassLoader().getResourceAsStream("i18n/verbs_cy.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.stringPropertyNames().stream()
                .map(k -> new Alias(k, p.getProperty(k).split(",")[0].strip()))
                .filter(a -> !a.welsh().isEmpty() && !a.welsh().equals(a.english()))
                .toList();
    }
}

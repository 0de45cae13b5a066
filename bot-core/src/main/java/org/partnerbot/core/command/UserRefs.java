package org.partnerbot.core.command;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions of people in command text. Adapters rewrite platform mentions to {@code <@KEY>} or
 * {@code <@KEY|Name>} (Slack's own form); in the console a person is {@code @name}.
 */
public final class UserRefs {

    /** A mention as it appears in text. {@code start}/{@code end} locate it. */
    public record Mention(String userKey, String displayName, int start, int end) {
    }

    private static final Pattern ANY = Pattern.compile("<@([A-Za-z0-9._:\\-]+)(?:\\|([^>]{1,80}))?>|(?<![\\w<])@([\\p{L}\\p{N}._\\-]{1,64})");

    private UserRefs() {
    }

    public static Optional<Mention> first(String text) {
        Matcher m = ANY.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(1) != null) {
            return Optional.of(new Mention(m.group(1), m.group(2), m.start(), m.end()));
        }
        String name = trimTrailingPunctuation(m.group(3));
        return Optional.of(new Mention(name, name, m.start(), m.start() + 1 + name.length()));
    }

    /** The text must start with a mention; returns it, or fails with the command's usage. */
    public static Mention leading(String text, CommandSpec spec) {
        Optional<Mention> m = first(text);
        if (m.isEmpty() || m.get().start() != 0) {
            throw UserError.keyed(spec, "refs.needsPerson", spec.words());
        }
        return m.get();
    }

    /** The text must be exactly one mention (nothing after it); returns it, or fails with the command's usage. */
    public static Mention only(String text, CommandSpec spec) {
        Mention who = leading(text, spec);
        if (!text.substring(who.end()).isBlank()) {
            throw UserError.keyed(spec, "refs.onePersonOnly", spec.words());
        }
        return who;
    }

    private static String trimTrailingPunctuation(String name) {
        String n = name;
        while (!n.isEmpty() && ".-_".indexOf(n.charAt(n.length() - 1)) >= 0) {
            n = n.substring(0, n.length() - 1);
        }
        return n.isEmpty() ? name : n;
    }
}

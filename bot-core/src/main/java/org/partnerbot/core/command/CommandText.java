package org.partnerbot.core.command;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one grammar: {@code /partner cmd}, {@code @Partnerbot cmd}, plain {@code cmd} and {@code #tag} lines all
 * normalise to the same text. Adapters remove their platform's own mention of the bot before this runs.
 */
public final class CommandText {

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:/partner\\b|@partnerbot\\b:?|partnerbot:)\\s*", Pattern.CASE_INSENSITIVE);

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

    private CommandText() {
    }

    public static String normalise(String raw) {
        // Control characters (NUL above all: PostgreSQL refuses it in text) never carry meaning in a command.
        String text = raw == null ? "" : CONTROL.matcher(raw).replaceAll("").strip();
        String before;
        do {
            before = text;
            text = PREFIX.matcher(text).replaceFirst("").strip();
        } while (!text.equals(before));
        return text;
    }

    /** Whether the text was explicitly addressed to the bot by a prefix. */
    public static boolean isAddressed(String raw) {
        return raw != null && PREFIX.matcher(raw.strip()).find();
    }

    public static boolean isMeetBotLine(String text) {
        return text.startsWith("#") && text.length() > 1 && Character.isLetter(text.charAt(1));
    }

    /**
     * {@code s} cut to at most {@code max} characters, ending in "…" when cut; never splits a character made of two
     * UTF-16 units (an emoji, say), which would store half a character.
     */
    public static String shortened(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end).stripTrailing() + "…";
    }

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

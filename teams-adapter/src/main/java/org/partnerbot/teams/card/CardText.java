package org.partnerbot.teams.card;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes text for an Adaptive Card {@code TextBlock}, whose Markdown subset (bold, italic, lists, links) Teams
 * interprets. User text must stay text: no hidden links, no fake mentions, no template expressions.
 */
public final class CardText {

    private static final Pattern LIST_START = Pattern.compile("(?m)^(\\s*)([-+*]|\\d+\\.)(\\s)");

    private CardText() {
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                // Markdown emphasis, links and code.
                case '\\', '*', '_', '[', ']', '`', '~' -> out.append('\\').append(c);
                // '<' and '>' could forge <at> mentions; angle quotation marks read the same, cannot, and are
                // in every common font (full-width forms showed as boxes in the Playground).
                case '<' -> out.append('\u2039');
                case '>' -> out.append('\u203A');
                // "{{" starts an Adaptive Card date/time function.
                case '{' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '{' ? "{\u200B" : "{");
                case '\r' -> {
                }
                default -> out.append(c);
            }
        }
        // A line starting "- " or "1. " would become a list item.
        Matcher m = LIST_START.matcher(out);
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + escapeListMarker(r.group(2)) + r.group(3)));
    }

    /**
     * As {@link #escape}, except that text between a pair of backticks becomes a code span, as Slack shows it
     * ("use `agency join <name>`"): a code span cannot hold a link, a mention or emphasis, so it stays safe.
     */
    public static String escapeKeepingCode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int from = 0;
        while (true) {
            int open = text.indexOf('`', from);
            int close = open < 0 ? -1 : text.indexOf('`', open + 1);
            if (close < 0) {
                return out.append(escape(text.substring(from))).toString();
            }
            out.append(escape(text.substring(from, open))).append('`').append(code(text.substring(open + 1, close))).append('`');
            from = close + 1;
        }
    }

    /**
     * Text for inside a code span, where Markdown shows a backslash escape as it is: nothing is escaped, only what
     * could end the span (a backtick), forge a mention or start a date function is replaced.
     */
    public static String code(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '`' -> out.append('\'');
                case '<' -> out.append('\u2039');
                case '>' -> out.append('\u203A');
                case '{' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '{' ? "{\u200B" : "{");
                case '\r', '\n' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String escapeListMarker(String marker) {
        return marker.endsWith(".") ? marker.substring(0, marker.length() - 1) + "\\." : "\\" + marker;
    }

    /** A display name fit for {@code <at>Name</at>}: no markup characters, never empty. */
    public static String mentionName(String name) {
        String cleaned = name.replaceAll("[<>\\[\\]*_`\\\\]", "").strip();
        return cleaned.isEmpty() ? "someone" : cleaned;
    }
}

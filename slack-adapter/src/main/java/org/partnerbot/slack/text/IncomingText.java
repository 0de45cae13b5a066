package org.partnerbot.slack.text;

import java.util.function.UnaryOperator;

/**
 * Turns Slack message text into the core's command text. Slack sends what people typed with {@code &}, {@code <},
 * {@code >} escaped and real markup in angle brackets; here real user mentions become {@code <@U…|Name>} (the
 * name from Slack's directory, never the sender's label), links and special mentions become readable text, the bot's own mention
 * is dropped, and anything that merely looks like markup is defused so the core cannot mistake it for a person.
 */
public final class IncomingText {

    /** Inserted after a literal {@code @}: invisible, but the core's mention grammar no longer matches. */
    static final char JOINER = '\u2060';

    private IncomingText() {
    }

    /**
     * @param botUserId the bot's own user id, whose mentions are removed (may be null)
     * @param nameOf    display name of a Slack user id, for mentions
     */
    public static String toCommand(String raw, String botUserId, UnaryOperator<String> nameOf) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            int close = c == '<' ? raw.indexOf('>', i + 1) : -1;
            if (close > i) {
                out.append(token(raw.substring(i + 1, close), botUserId, nameOf));
                i = close + 1;
            } else {
                int next = raw.indexOf('<', i + 1);
                int end = next < 0 ? raw.length() : next;
                out.append(literal(raw.substring(i, end)));
                i = end;
            }
        }
        return out.toString().strip().replaceAll("[ \\t]{2,}", " ");
    }

    private static String token(String inner, String botUserId, UnaryOperator<String> nameOf) {
        int bar = inner.indexOf('|');
        String target = bar < 0 ? inner : inner.substring(0, bar);
        String label = bar < 0 ? null : unescape(inner.substring(bar + 1));
        String url = unescape(target);
        if (target.startsWith("@")) {
            String id = target.substring(1);
            if (id.equals(botUserId)) {
                return "";
            }
            if (!id.matches("[UW][A-Z0-9]{2,30}")) {
                return defuse(label == null ? id : label);
            }
            // The name comes from Slack's directory, never from the label the sender's client put in the text.
            String name = nameOf.apply(id);
            return name == null || name.isBlank() ? "<@" + id + ">" : "<@" + id + "|" + safeName(name) + ">";
        }
        if (target.startsWith("#")) {
            return defuse("#" + (label != null ? label : url.substring(1)));
        }
        if (target.startsWith("!")) {
            // @here, @channel, subteams, dates: readable, but never a person to the core.
            if (label != null) {
                return defuse(label);
            }
            String special = url.substring(1);
            int caret = special.indexOf('^');
            return defuse("@" + (caret < 0 ? special : special.substring(0, caret)));
        }
        return label == null || label.equals(url) ? defuse(url) : defuse(label + " (" + url + ")");
    }

    /** Plain typed text: un-escape Slack's entities, then defuse every literal {@code @} that could start a mention. */
    private static String literal(String escaped) {
        return defuse(unescape(escaped));
    }

    private static String defuse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            boolean afterWord = i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_');
            if (c == '@' && !afterWord) { // e-mail addresses never read as mentions, so they stay untouched
                out.append(JOINER);
            }
        }
        return out.toString();
    }

    public static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The core reads a name up to the closing bracket; keep names short and free of the brackets. */
    private static String safeName(String name) {
        String clean = name.replaceAll("[<>|\\n\\r]", " ").strip();
        return clean.length() > 80 ? clean.substring(0, 80) : clean;
    }
}

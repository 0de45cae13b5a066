package org.partnerbot.slack.text;

import java.util.regex.Pattern;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.PlainText;
import org.partnerbot.core.reply.Span;

/**
 * Renders the core's lines as Slack mrkdwn. Every piece of text is escaped, so what a person once typed
 * ({@code <!channel>}, {@code <@U123>}, {@code <https://evil|trusted>}) shows as typed and never becomes a
 * live mention or a disguised link. Only people and times become Slack markup, built here from trusted ids.
 */
public final class Mrkdwn {

    /** Slack user ids (U…, W… on Enterprise Grid); anything else is not safe to put inside {@code <@…>}. */
    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,30}");

    private Mrkdwn() {
    }

    /** Slack's three control characters; it documents no other escaping. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static String line(Line line) {
        StringBuilder out = new StringBuilder();
        for (Span span : line.spans()) {
            out.append(span(span));
        }
        return out.toString();
    }

    public static String span(Span span) {
        if (span instanceof Span.Text t) {
            return escape(t.text());
        } else if (span instanceof Span.Strong s) {
            return "*" + escape(s.text()) + "*";
        } else if (span instanceof Span.Code c) {
            return "`" + escape(c.text()) + "`";
        } else if (span instanceof Span.Person p) {
            return USER_ID.matcher(p.userKey()).matches() ? "<@" + p.userKey() + ">" : escape(p.displayName());
        } else if (span instanceof Span.Time t) {
            return time(t);
        }
        throw new IllegalArgumentException("unknown span " + span);
    }

    /** Each reader sees the time in their own Slack time zone; the fallback is the core's plain rendering. */
    static String time(Span.Time t) {
        String format = switch (t.style()) {
            case DATE -> "{date_short_pretty}";
            case DATE_TIME -> "{date_short_pretty} {time}";
            case TIME -> "{time}";
        };
        String fallback = escape(PlainText.formatTime(t)).replace("|", "/");
        return "<!date^" + t.at().getEpochSecond() + "^" + format + "|" + fallback + ">";
    }
}

package org.partnerbot.core.i18n;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerbot.core.reply.Line;

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

    /** The same words: the same messages in the same language (so what is written with one may be kept for the other). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Texts other && other.messages == messages && other.language == language;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(messages) * 31 + language.hashCode();
    }

    public String t(String key, Object... args) {
        return messages.text(language, key, args);
    }

    /**
     * A message as a line, where arguments that are {@link Line}s (a person mentioned natively, a duty in bold) keep
     * their spans: the words around them come from the bundle, in the language's order.
     */
    public Line line(String key, Object... args) {
        Object[] plain = args.clone();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Line l) {
                plain[i] = MARK_START + lines.size() + MARK_END;
                lines.add(l);
            }
        }
        String text = t(key, plain);
        Line.Builder b = Line.builder();
        Matcher m = MARK.matcher(text);
        int at = 0;
        while (m.find()) {
            b.text(text.substring(at, m.start()));
            b.append(lines.get(Integer.parseInt(m.group(1))));
            at = m.end();
        }
        return b.text(text.substring(at)).build();
    }

    // Private-use characters: never in a bundle, and a person's typed text is an argument's inside, never the pattern.
    private static final String MARK_START = "\uE000";
    private static final String MARK_END = "\uE001";
    private static final Pattern MARK = Pattern.compile(MARK_START + "(\\d+)" + MARK_END);

    /** A moment as a line of its own, rendered for each reader by their platform and written in this language where it cannot be. */
    public Line time(java.time.Instant at, java.time.ZoneId zone, org.partnerbot.core.reply.Span.TimeStyle style) {
        return Line.builder().time(at, zone, style, language.code()).build();
    }

    /** A weekday's name in this language ("Thursday", "Dydd Iau"). */
    public String weekday(java.time.DayOfWeek day) {
        return messages.weekday(language, day);
    }

    public String date(LocalDate date) {
        return messages.date(language, date);
    }

    /** "Thu 3 Dec 2026", "Iau 3 Rhag 2026": for tables, where the full {@link #date} would not fit. */
    public String shortDate(LocalDate date) {
        return messages.shortDate(language, date);
    }

    /** "3 Dec", "3 Rhag": for a chart's axis, under a heading that gives the years. */
    public String dayMonth(LocalDate date) {
        return messages.dayMonth(language, date);
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

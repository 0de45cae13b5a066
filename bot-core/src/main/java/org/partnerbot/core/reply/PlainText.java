package org.partnerbot.core.reply;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Plain-text rendering of spans, shared by the console and by platform notification fallbacks. */
public final class PlainText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    // Plain English, not en_GB, for zone names: en_GB knows no abbreviation for American zones (GMT-05:00, not EST).
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private PlainText() {
    }

    public static String render(Line line) {
        StringBuilder out = new StringBuilder();
        for (Span span : line.spans()) {
            out.append(render(span));
        }
        return out.toString();
    }

    public static String render(Span span) {
        if (span instanceof Span.Text t) {
            return t.text();
        } else if (span instanceof Span.Strong s) {
            return s.text();
        } else if (span instanceof Span.Code c) {
            return "`" + c.text() + "`";
        } else if (span instanceof Span.Person p) {
            return p.displayName();
        } else if (span instanceof Span.Time t) {
            return formatTime(t);
        }
        throw new IllegalArgumentException("unknown span " + span);
    }

    public static String formatTime(Span.Time t) {
        var local = t.at().atZone(t.zone());
        if (t.language() != null && !t.language().equals("en")) {
            // The JDK's CLDR data writes other languages' day and month names ("Iau 3 Rhag 2026").
            Locale locale = Locale.forLanguageTag(t.language() + "-GB");
            return switch (t.style()) {
                case DATE -> DATE.withLocale(locale).format(local);
                case DATE_TIME -> DATE.withLocale(locale).format(local) + " " + TIME.format(local) + " "
                        + ZONE.format(local);
                case TIME -> TIME.format(local);
            };
        }
        return switch (t.style()) {
            case DATE -> DATE.format(local);
            case DATE_TIME -> DATE_TIME.format(local);
            case TIME -> TIME.format(local);
        };
    }
}

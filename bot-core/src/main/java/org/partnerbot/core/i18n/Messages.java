package org.partnerbot.core.i18n;

import java.time.LocalDate;
import java.util.Set;

/**
 * The one port for user-facing words: the text of a key in a language with its arguments (plurals and numbers by the
 * language's CLDR rules), and dates the way the language writes them.
 */
public interface Messages {

    /** @throws IllegalArgumentException for a key neither bundle has (a programming error, caught by the bundle test) */
    String text(Language language, String key, Object... args);

    /** A day as the language writes it in full: "Thursday 3 December 2026", "Dydd Iau 3 Rhagfyr 2026". */
    String date(Language language, LocalDate date);

    /** A day as a table or a heading writes it short, with the year: "Thu 3 Dec 2026", "Iau 3 Rhag 2026". */
    String shortDate(Language language, LocalDate date);

    /** A day as a chart's axis writes it, without the year: "3 Dec", "3 Rhag". */
    String dayMonth(Language language, LocalDate date);

    /** A weekday's name as the language writes it on its own: "Thursday", "Dydd Iau". */
    String weekday(Language language, java.time.DayOfWeek day);

    boolean has(Language language, String key);

    Set<String> keys(Language language);

    /** The reader's words: this port bound to one language. */
    default Texts in(Language language) {
        return new Texts(this, language);
    }
}

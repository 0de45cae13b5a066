package org.partnerbot.core.command;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.partnerbot.core.i18n.Texts;

/**
 * Dates as users type them: ISO {@code YYYY-MM-DD}, always (in either language: digits need no translating). Dates as
 * the bot writes them come from the reader's {@link Texts#date}: "Thursday 3 December 2026", "Dydd Iau 3 Rhagfyr 2026".
 */
public final class Dates {

    private Dates() {
    }

    /** @param texts the asker's language, for the one line that says what is wrong */
    public static LocalDate parse(String text, CommandSpec spec, Texts texts) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserError(texts.t("dates.notADate", text.strip()), spec);
        }
    }

    /** @see #parse(String, CommandSpec, Texts) */
    public static LocalDate parse(String text, Invocation in) {
        return parse(text, in.spec(), in.texts());
    }
}

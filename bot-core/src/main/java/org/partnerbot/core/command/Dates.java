package org.partnerbot.core.command;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates as users type them: ISO {@code YYYY-MM-DD}, always. */
public final class Dates {

    private Dates() {
    }

    public static LocalDate parse(String text, CommandSpec spec) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserError("`" + text.strip() + "` is not a date: write it as YYYY-MM-DD, e.g. 2026-12-04.", spec);
        }
    }
}

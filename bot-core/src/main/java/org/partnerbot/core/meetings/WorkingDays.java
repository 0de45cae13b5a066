package org.partnerbot.core.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days are Monday to Friday: bank holidays differ by nation and year, and a partnership names its own. */
final class WorkingDays {

    private WorkingDays() {
    }

    /** The date {@code days} working days after {@code from}. */
    static LocalDate after(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }
}

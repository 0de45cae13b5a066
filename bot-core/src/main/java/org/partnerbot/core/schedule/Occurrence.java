package org.partnerbot.core.schedule;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** One meeting of a weekly series, in the series' zone, with when its agenda call goes out. */
public record Occurrence(ZonedDateTime start, ZonedDateTime end, ZonedDateTime agendaCall, boolean skipped) {

    public LocalDate date() {
        return start.toLocalDate();
    }

    /** The stable name of this occurrence in the reminder outbox: its local date and time in its zone. */
    public String key() {
        return start.toLocalDateTime() + "[" + start.getZone().getId() + "]";
    }
}

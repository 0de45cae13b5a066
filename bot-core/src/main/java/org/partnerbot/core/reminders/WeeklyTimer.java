package org.partnerbot.core.reminders;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import org.partnerbot.core.outbox.MessageKind;

/** A weekly wake-up at a local weekday and time in a zone: what a trigger must keep across DST and restarts. */
public record WeeklyTimer(MessageKind kind, DayOfWeek day, LocalTime time, ZoneId zone) {

    /** A stable text form, stored with the trigger so an unchanged timer is left alone on restart. */
    public String slot() {
        return kind + " " + day + " " + time + " " + zone.getId();
    }
}

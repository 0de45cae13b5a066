package org.partnerbot.core.dashboard;

import java.time.ZonedDateTime;
import java.util.List;
import org.partnerbot.core.reply.Reply;

/**
 * One meeting as the meetings page and the evidence pack show it: its minutes (the very reply `minutes` and the HTML
 * export are made from), attendance by agency and voice share.
 */
public record MeetingRecord(long id, String title, ZonedDateTime started, ZonedDateTime ended, String chair,
                            Reply minutes, List<AgencyAttendance> attendance, List<Voice> voices, int lines,
                            List<String> silent) {

    /** How an agency attended. */
    public enum Presence {
        PRESENT, APOLOGIES, ABSENT
    }

    /**
     * An agency at this meeting, as the minutes record it: who from it was there, or that it sent apologies (and whether
     * it sent information instead), or that it was absent.
     */
    public record AgencyAttendance(String agency, Presence presence, List<String> people, boolean infoSent) {
    }

    /** An agency's share of the lines said. */
    public record Voice(String agency, int lines, int percent) {
    }
}

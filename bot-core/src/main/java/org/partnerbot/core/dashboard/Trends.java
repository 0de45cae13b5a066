package org.partnerbot.core.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures behind the trends charts, oldest first.
 *
 * @param meetings   the ended meetings the per-meeting figures cover, by their date
 * @param attendance per agency, how it attended each meeting (in the order of {@code meetings}): present with how many
 *                   of its people, apologies (with or without information sent), or absent
 * @param lines      per agency, lines said at each meeting
 * @param onTime     per owning agency, actions recorded in those meetings, done, and done on time
 * @param shape      the partnership when each meeting started (and now): duty gaps, size, lines of communication
 */
public record Trends(List<LocalDate> meetings, List<AttendanceRow> attendance, List<Series> lines, List<OnTime> onTime,
                     List<Shape> shape) {

    /** One agency's figure at each meeting. */
    public record Series(String agency, List<Integer> values) {

        public int total() {
            return values.stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** One agency's attendance at each meeting. */
    public record AttendanceRow(String agency, List<Attended> meetings) {
    }

    /** How an agency attended one meeting; {@code people} is 0 unless present. */
    public record Attended(MeetingRecord.Presence presence, int people, boolean infoSent) {
    }

    public record OnTime(String agency, int recorded, int done, int onTime) {

        /** Done on time as a whole percentage of those recorded (0 when none were). */
        public int percent() {
            return recorded == 0 ? 0 : Math.round(100f * onTime / recorded);
        }
    }

    /**
     * @param label    "now" for the present, else the meeting's date
     * @param channels lines of communication between the agencies, n(n−1)/2
     */
    public record Shape(LocalDate date, String label, int agencies, int members, int channels, int unassignedDuties,
                        int duplicatedDuties) {
    }

    /** The lines said at one meeting, over every agency. */
    public int linesAt(int meeting) {
        return lines.stream().mapToInt(s -> s.values().get(meeting)).sum();
    }
}

package org.partnerbot.core.health;

import java.util.List;

/**
 * The figures of a health report, all computed from stored data by {@link HealthCalculator}.
 *
 * @param meetingsCounted    how many ended meetings the "last 4 meetings" figures cover (0–4)
 * @param recordedInWindow   actions recorded in those meetings
 * @param doneOnTime         of those, done by their due date (or done, when they had none)
 * @param silentAgencies     agencies that said nothing in each of the last 3 meetings
 * @param dormantAgencies    agencies that neither spoke nor proposed an agenda item in the window
 */
public record HealthReport(String partnership, List<Share> membersByAgency, int members, int membersWithoutAgency,
                           int channels, int duties, List<String> unassignedDuties, List<String> duplicatedDuties,
                           int unassignedActions, int overdueActions, int meetingsCounted, int recordedInWindow,
                           int doneInWindow, int doneOnTime, List<Share> lines, List<Share> agendaItems, List<Share> kudos,
                           List<String> silentAgencies, List<String> dormantAgencies) {

    /** With this many agencies, a partnership is usually better run through smaller working groups. */
    public static final int WORKING_GROUP_THRESHOLD = 8;

    public int agencies() {
        return membersByAgency.size();
    }

    public boolean suggestWorkingGroups() {
        return agencies() >= WORKING_GROUP_THRESHOLD;
    }

    public static int channels(int agencies) {
        return agencies * (agencies - 1) / 2;
    }
}

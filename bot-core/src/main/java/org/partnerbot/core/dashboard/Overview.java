package org.partnerbot.core.dashboard;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * The overview page: purpose, agencies with their people, the next meeting and the headline figures.
 *
 * @param nextMeeting null when no weekly schedule is set (or it is paused)
 * @param channels    lines of communication between the agencies, n(n−1)/2
 */
public record Overview(String purpose, List<AgencyPeople> agencies, List<String> withoutAgency, ZonedDateTime nextMeeting,
                       int members, int channels, int duties, int unassignedDuties, int duplicatedDuties,
                       List<AgencyActions> actionsByAgency, int openActions, int overdueActions) {

    /** An agency and its members; {@code chairs} are those who chair meetings. */
    public record AgencyPeople(long agencyId, String agency, List<String> people, List<String> chairs) {
    }

    /** Open and overdue actions owned by an agency or its people; {@code agency} "UNASSIGNED" for the unowned. */
    public record AgencyActions(String agency, int open, int overdue) {
    }
}

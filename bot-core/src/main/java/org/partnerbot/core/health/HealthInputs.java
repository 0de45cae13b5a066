package org.partnerbot.core.health;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.partnerbot.core.actions.Action;
import org.partnerbot.core.duties.Duty;
import org.partnerbot.core.meetings.Attendance;
import org.partnerbot.core.meetings.Meeting;
import org.partnerbot.core.partnership.Agency;
import org.partnerbot.core.partnership.Member;

/**
 * Everything a health report is computed from, as loaded from storage; kept apart so the arithmetic can be
 * checked by hand without a database.
 *
 * @param recent the last ended meetings, latest first, each with its attendance and the actions it recorded
 */
public record HealthInputs(String partnership, ZoneId zone, LocalDate today, List<Agency> agencies,
                           Map<Long, Instant> agenciesAddedAt, List<Member> members, List<Duty> duties,
                           List<Action> openActions, List<RecentMeeting> recent, Map<Long, Integer> agendaByAgency,
                           Map<Long, Integer> kudosByAgency) {

    public record RecentMeeting(Meeting meeting, List<Attendance> attendance, List<Action> actions) {
    }
}

package org.partnerbot.core.reminders;

import java.util.Map;

/** Port: for each duty, how many duties reminders in a row found it unassigned or duplicated. */
public interface DutyFlags {

    Map<Long, Integer> streaks(long partnershipId);

    void replace(long partnershipId, Map<Long, Integer> streaks);
}

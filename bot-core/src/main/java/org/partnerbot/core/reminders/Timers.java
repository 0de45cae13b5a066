package org.partnerbot.core.reminders;

import java.util.List;
import java.util.Map;

/** Port: wakes the bot at the weekly times of each partnership's meetings. Quartz implements it. */
public interface Timers {

    /** Makes the partnership's weekly timers exactly these (none removes them); unchanged ones are left alone. */
    void replaceWeekly(long partnershipId, List<WeeklyTimer> timers);

    /**
     * Brings every partnership's timers in line at start-up: missing ones added, changed ones replaced, those of
     * partnerships not in the map removed. Unchanged ones are kept, so a firing missed while down still happens.
     */
    void reconcile(Map<Long, List<WeeklyTimer>> wanted);
}

package org.partnerbot.core.reminders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Timers that only remember what they were asked to keep, for tests without Quartz. */
public final class RecordingTimers implements Timers {

    private final Map<Long, List<WeeklyTimer>> timers = new LinkedHashMap<>();

    @Override
    public synchronized void replaceWeekly(long partnershipId, List<WeeklyTimer> wanted) {
        if (wanted.isEmpty()) {
            timers.remove(partnershipId);
        } else {
            timers.put(partnershipId, List.copyOf(wanted));
        }
    }

    @Override
    public synchronized void reconcile(Map<Long, List<WeeklyTimer>> wanted) {
        timers.clear();
        wanted.forEach(this::replaceWeekly);
    }

    public synchronized List<WeeklyTimer> of(long partnershipId) {
        return timers.getOrDefault(partnershipId, List.of());
    }
}

package org.partnerbot.core.reminders;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerbot.core.duties.Duty;

/**
 * Counts, per duty, the duties reminders in a row that found it unassigned or duplicated. At two in a row the
 * chairs hear of it by direct message, once per run: the channel keeps being reminded, the chairs are not spammed.
 */
public final class DutyStreaks {

    public static final int ESCALATE_AT = 2;

    public record Result(Map<Long, Integer> streaks, List<Duty> escalate) {
    }

    private DutyStreaks() {
    }

    public static boolean flagged(Duty d) {
        return d.unassigned() || d.duplicated();
    }

    /** @param duties every duty of the partnership now; those no longer flagged start again from zero */
    public static Result next(Map<Long, Integer> previous, Collection<Duty> duties) {
        Map<Long, Integer> streaks = new LinkedHashMap<>();
        List<Duty> escalate = new java.util.ArrayList<>();
        for (Duty d : duties) {
            if (!flagged(d)) {
                continue;
            }
            int streak = previous.getOrDefault(d.id(), 0) + 1;
            streaks.put(d.id(), streak);
            if (streak == ESCALATE_AT) {
                escalate.add(d);
            }
        }
        return new Result(streaks, List.copyOf(escalate));
    }
}

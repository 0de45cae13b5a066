package org.partnerbot.core.reminders;

import java.time.Instant;
import org.partnerbot.core.outbox.MessageKind;

/** What a timer calls when it fires. Implementations decide from stored state, so a late or repeated firing is safe. */
public interface Wakeups {

    /** A weekly timer fired; {@code firedFor} is its scheduled time (on a misfire, the time it finally ran). */
    void weekly(long partnershipId, MessageKind kind, Instant firedFor);

    /**
     * A weekly slot fired: the same as {@link #weekly} for every partnership whose timers include {@code slot}
     * (one timer for all the partnerships meeting at that local time, instead of one each).
     */
    void weeklySlot(WeeklyTimer slot, Instant firedFor);

    /** The regular sweep: morning reminders (duties, unassigned and overdue actions) that are due by now. */
    void sweep();

    /** Sends whatever is waiting in the outbox and due (new messages and retries). */
    void deliver();
}

package org.partnerbot.core.pairing;

import java.time.DayOfWeek;

/** Whether a partnership pairs people every week, and on which day. Off by default: admins choose to. */
public record PairingSettings(boolean weekly, DayOfWeek day) {

    public static final PairingSettings DEFAULTS = new PairingSettings(false, DayOfWeek.MONDAY);

    public PairingSettings withWeekly(boolean on, DayOfWeek onDay) {
        return new PairingSettings(on, onDay);
    }
}

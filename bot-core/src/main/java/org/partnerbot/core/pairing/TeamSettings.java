package org.partnerbot.core.pairing;

import org.partnerbot.core.icebreakers.Icebreakers;
import java.time.DayOfWeek;

/** A partnership's team-building switches. Icebreakers are on by default: trust is built before it is needed. */
public record TeamSettings(boolean icebreakersOn, boolean pairingWeekly, DayOfWeek pairingDay) {

    public static final TeamSettings DEFAULTS = new TeamSettings(true, false, DayOfWeek.MONDAY);

    public TeamSettings withIcebreakers(boolean on) {
        return new TeamSettings(on, pairingWeekly, pairingDay);
    }

    public TeamSettings withPairing(boolean weekly, DayOfWeek day) {
        return new TeamSettings(icebreakersOn, weekly, day);
    }
}

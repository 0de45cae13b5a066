package org.partnerbot.core.store.pairing;

import java.time.Clock;
import java.time.DayOfWeek;
import java.util.List;
import org.partnerbot.core.pairing.PairingSettings;
import org.partnerbot.core.pairing.PairingSettingsStore;
import org.partnerbot.core.store.Jdbc;

/** The weekly-pairing columns of teambuilding_settings (the icebreaker switch shares the row). */
public final class JdbcPairingSettings implements PairingSettingsStore {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcPairingSettings(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public PairingSettings get(long partnershipId) {
        return jdbc.one("SELECT pairing_weekly, pairing_day FROM teambuilding_settings WHERE partnership_id = ?",
                rs -> new PairingSettings(rs.getBoolean(1), day(rs.getString(2))), partnershipId)
                .orElse(PairingSettings.DEFAULTS);
    }

    @Override
    public void save(long partnershipId, PairingSettings s) {
        String day = s.day().name().substring(0, 3);
        int updated = jdbc.update("UPDATE teambuilding_settings SET pairing_weekly = ?, pairing_day = ?, updated_at = ?"
                + " WHERE partnership_id = ?", s.weekly(), day, clock.instant(), partnershipId);
        if (updated == 0) {
            jdbc.update("INSERT INTO teambuilding_settings (partnership_id, icebreakers_on, pairing_weekly, pairing_day, updated_at)"
                    + " VALUES (?, TRUE, ?, ?, ?)", partnershipId, s.weekly(), day, clock.instant());
        }
    }

    @Override
    public List<Key> withWeeklyPairing() {
        return jdbc.list("SELECT p.workspace, s.partnership_id FROM teambuilding_settings s"
                + " JOIN partnerships p ON p.id = s.partnership_id WHERE s.pairing_weekly ORDER BY s.partnership_id",
                rs -> new Key(rs.getString(1), rs.getLong(2)));
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(abbreviation)) {
                return d;
            }
        }
        return DayOfWeek.MONDAY;
    }
}

package org.partnerbot.core.store.pairing;

import java.time.Clock;
import java.time.DayOfWeek;
import java.util.List;
import org.partnerbot.core.store.Jdbc;
import org.partnerbot.core.pairing.TeamSettings;
import org.partnerbot.core.pairing.TeamSettingsStore;

public final class JdbcTeamSettings implements TeamSettingsStore {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcTeamSettings(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public TeamSettings get(long partnershipId) {
        return jdbc.one("SELECT icebreakers_on, pairing_weekly, pairing_day FROM teambuilding_settings WHERE partnership_id = ?",
                rs -> new TeamSettings(rs.getBoolean(1), rs.getBoolean(2), day(rs.getString(3))), partnershipId)
                .orElse(TeamSettings.DEFAULTS);
    }

    @Override
    public void save(long partnershipId, TeamSettings s) {
        String day = s.pairingDay().name().substring(0, 3);
        int updated = jdbc.update("UPDATE teambuilding_settings SET icebreakers_on = ?, pairing_weekly = ?, pairing_day = ?,"
                + " updated_at = ? WHERE partnership_id = ?", s.icebreakersOn(), s.pairingWeekly(), day, clock.instant(), partnershipId);
        if (updated == 0) {
            jdbc.update("INSERT INTO teambuilding_settings (partnership_id, icebreakers_on, pairing_weekly, pairing_day, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?)", partnershipId, s.icebreakersOn(), s.pairingWeekly(), day, clock.instant());
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

package org.partnerbot.core.store.icebreakers;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnerbot.core.icebreakers.Icebreakers;
import org.partnerbot.core.store.Jdbc;

public final class JdbcIcebreakers implements Icebreakers {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcIcebreakers(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Custom add(long partnershipId, String text, long addedBy) {
        long id = jdbc.insert("INSERT INTO icebreaker_questions (partnership_id, text, added_by, created_at) VALUES (?, ?, ?, ?)",
                partnershipId, text, addedBy, clock.instant());
        return new Custom(id, text);
    }

    @Override
    public List<Custom> custom(long partnershipId) {
        return jdbc.list("SELECT id, text FROM icebreaker_questions WHERE partnership_id = ? ORDER BY id",
                rs -> new Custom(rs.getLong(1), rs.getString(2)), partnershipId);
    }

    @Override
    public Set<String> askedKeys(long partnershipId) {
        return new HashSet<>(jdbc.list("SELECT question_key FROM icebreakers_asked WHERE partnership_id = ?",
                rs -> rs.getString(1), partnershipId));
    }

    @Override
    public void markAsked(long partnershipId, String key, Long meetingId) {
        jdbc.update("INSERT INTO icebreakers_asked (partnership_id, question_key, meeting_id, asked_at) VALUES (?, ?, ?, ?)",
                partnershipId, key, meetingId, clock.instant());
    }

    @Override
    public void resetAsked(long partnershipId) {
        jdbc.update("DELETE FROM icebreakers_asked WHERE partnership_id = ?", partnershipId);
    }

    // The switch shares teambuilding_settings with weekly pairing (one row per partnership, either may write it first).
    @Override
    public boolean on(long partnershipId) {
        return jdbc.one("SELECT icebreakers_on FROM teambuilding_settings WHERE partnership_id = ?", rs -> rs.getBoolean(1),
                partnershipId).orElse(true);
    }

    @Override
    public void switchOn(long partnershipId, boolean on) {
        int updated = jdbc.update("UPDATE teambuilding_settings SET icebreakers_on = ?, updated_at = ? WHERE partnership_id = ?",
                on, clock.instant(), partnershipId);
        if (updated == 0) {
            jdbc.update("INSERT INTO teambuilding_settings (partnership_id, icebreakers_on, pairing_weekly, pairing_day, updated_at)"
                    + " VALUES (?, ?, FALSE, 'MON', ?)", partnershipId, on, clock.instant());
        }
    }
}

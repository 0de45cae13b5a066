package org.partnerbot.core.store.reminders;

import java.util.LinkedHashMap;
import java.util.Map;
import org.partnerbot.core.reminders.DutyFlags;
import org.partnerbot.core.store.Jdbc;

public final class JdbcDutyFlags implements DutyFlags {

    private final Jdbc jdbc;

    public JdbcDutyFlags(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Integer> streaks(long partnershipId) {
        Map<Long, Integer> out = new LinkedHashMap<>();
        jdbc.list("SELECT duty_id, streak FROM duty_flags WHERE partnership_id = ? ORDER BY duty_id",
                rs -> out.put(rs.getLong(1), rs.getInt(2)), partnershipId);
        return out;
    }

    @Override
    public void replace(long partnershipId, Map<Long, Integer> streaks) {
        jdbc.update("DELETE FROM duty_flags WHERE partnership_id = ?", partnershipId);
        streaks.forEach((duty, streak) -> jdbc.update("INSERT INTO duty_flags (duty_id, partnership_id, streak) VALUES (?, ?, ?)",
                duty, partnershipId, streak));
    }
}

package org.partnerbot.core.store.calendar;

import java.time.Clock;
import java.util.Optional;
import org.partnerbot.core.schedule.calendar.CalendarTokens;
import org.partnerbot.core.store.Jdbc;

public final class JdbcCalendarTokens implements CalendarTokens {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcCalendarTokens(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<String> find(long partnershipId) {
        return jdbc.one("SELECT token FROM calendar_tokens WHERE partnership_id = ?", rs -> rs.getString(1), partnershipId);
    }

    @Override
    public void replace(long partnershipId, String token) {
        int updated = jdbc.update("UPDATE calendar_tokens SET token = ?, created_at = ? WHERE partnership_id = ?",
                token, clock.instant(), partnershipId);
        if (updated == 0) {
            jdbc.update("INSERT INTO calendar_tokens (partnership_id, token, created_at) VALUES (?, ?, ?)",
                    partnershipId, token, clock.instant());
        }
    }

    @Override
    public Optional<Owner> owner(String token) {
        return jdbc.one("SELECT p.workspace, t.partnership_id, t.created_at FROM calendar_tokens t"
                        + " JOIN partnerships p ON p.id = t.partnership_id WHERE t.token = ?",
                rs -> new Owner(rs.getString("workspace"), rs.getLong("partnership_id"), Jdbc.instant(rs, "created_at")), token);
    }
}

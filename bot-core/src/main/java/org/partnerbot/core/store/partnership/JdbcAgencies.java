package org.partnerbot.core.store.partnership;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Agency;
import org.partnerbot.core.store.Jdbc;

public final class JdbcAgencies implements Agencies {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcAgencies(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Agency add(long partnershipId, String name) {
        String key = key(name);
        int revived = jdbc.update("UPDATE agencies SET active = TRUE, name = ? WHERE partnership_id = ? AND name_key = ?",
                name, partnershipId, key);
        if (revived == 0) {
            jdbc.insert("INSERT INTO agencies (partnership_id, name, name_key, active, created_at) VALUES (?, ?, ?, TRUE, ?)",
                    partnershipId, name, key, clock.instant());
        }
        return findByName(partnershipId, name).orElseThrow();
    }

    @Override
    public Optional<Agency> findByName(long partnershipId, String name) {
        return jdbc.one("SELECT id, partnership_id, name FROM agencies WHERE partnership_id = ? AND name_key = ? AND active",
                rs -> new Agency(rs.getLong(1), rs.getLong(2), rs.getString(3)), partnershipId, key(name));
    }

    @Override
    public List<Agency> list(long partnershipId) {
        return jdbc.list("SELECT id, partnership_id, name FROM agencies WHERE partnership_id = ? AND active ORDER BY name_key",
                rs -> new Agency(rs.getLong(1), rs.getLong(2), rs.getString(3)), partnershipId);
    }

    public static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

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
        // A removed agency added again starts unlinked: the organisation that claimed it then may not be the one now.
        int revived = jdbc.update("UPDATE agencies SET active = TRUE, name = ?, organisation = NULL, organisation_name = NULL"
                + " WHERE partnership_id = ? AND name_key = ?",
                name, partnershipId, key);
        if (revived == 0) {
            jdbc.insert("INSERT INTO agencies (partnership_id, name, name_key, active, created_at) VALUES (?, ?, ?, TRUE, ?)",
                    partnershipId, name, key, clock.instant());
        }
        return findByName(partnershipId, name).orElseThrow();
    }

    @Override
    public Optional<Agency> findByName(long partnershipId, String name) {
        return jdbc.one("SELECT " + COLUMNS + " FROM agencies WHERE partnership_id = ? AND name_key = ? AND active",
                JdbcAgencies::map, partnershipId, key(name));
    }

    @Override
    public List<Agency> list(long partnershipId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM agencies WHERE partnership_id = ? AND active ORDER BY name_key",
                JdbcAgencies::map, partnershipId);
    }

    @Override
    public void link(long agencyId, String organisation, String organisationName) {
        jdbc.update("UPDATE agencies SET organisation = ?, organisation_name = ? WHERE id = ?",
                organisation, organisation == null ? null : organisationName, agencyId);
    }

    private static final String COLUMNS = "id, partnership_id, name, organisation, organisation_name";

    private static Agency map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Agency(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5));
    }

    public static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

package org.partnerbot.core.store.duties;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnerbot.core.duties.Duties;
import org.partnerbot.core.duties.Duty;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.store.Jdbc;
import org.partnerbot.core.store.partnership.JdbcAgencies;
import org.partnerbot.core.store.partnership.JdbcMembers;

public final class JdbcDuties implements Duties {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcDuties(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Duty add(long partnershipId, String name, String description) {
        var now = clock.instant();
        jdbc.insert("INSERT INTO duties (partnership_id, name, name_key, description, created_at, owners_changed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", partnershipId, name, JdbcAgencies.key(name), description, now, now);
        return findByName(partnershipId, name).orElseThrow();
    }

    @Override
    public Optional<Duty> findByName(long partnershipId, String name) {
        return load(partnershipId, " AND d.name_key = ?", JdbcAgencies.key(name)).stream().findFirst();
    }

    @Override
    public List<Duty> list(long partnershipId) {
        return load(partnershipId, "");
    }

    @Override
    public void remove(long dutyId) {
        jdbc.update("DELETE FROM duty_owners WHERE duty_id = ?", dutyId);
        jdbc.update("DELETE FROM duties WHERE id = ?", dutyId);
    }

    @Override
    public void claim(long dutyId, long memberId) {
        var now = clock.instant();
        jdbc.update("INSERT INTO duty_owners (duty_id, member_id, claimed_at) VALUES (?, ?, ?)", dutyId, memberId, now);
        jdbc.update("UPDATE duties SET owners_changed_at = ? WHERE id = ?", now, dutyId);
    }

    @Override
    public void release(long dutyId, long memberId) {
        jdbc.update("DELETE FROM duty_owners WHERE duty_id = ? AND member_id = ?", dutyId, memberId);
        jdbc.update("UPDATE duties SET owners_changed_at = ? WHERE id = ?", clock.instant(), dutyId);
    }

    private List<Duty> load(long partnershipId, String filter, Object... extra) {
        record Row(long id, String name, String description, java.time.Instant changed) {
        }
        Object[] params = new Object[extra.length + 1];
        params[0] = partnershipId;
        System.arraycopy(extra, 0, params, 1, extra.length);
        List<Row> rows = jdbc.list("SELECT d.id, d.name, d.description, d.owners_changed_at FROM duties d"
                + " WHERE d.partnership_id = ?" + filter + " ORDER BY d.name_key",
                rs -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), Jdbc.instant(rs, "owners_changed_at")), params);
        if (rows.isEmpty()) {
            return List.of(); // no duty, no owners to read (the case of every partnership without duties, at each agenda call)
        }
        Map<Long, List<Member>> owners = new LinkedHashMap<>();
        jdbc.list(JdbcMembers.SELECT.replace("SELECT m.id,", "SELECT o.duty_id, m.id,")
                        + " JOIN duty_owners o ON o.member_id = m.id JOIN duties d ON d.id = o.duty_id"
                        + " WHERE d.partnership_id = ?" + filter + " ORDER BY o.claimed_at, m.id",
                rs -> {
                    owners.computeIfAbsent(rs.getLong("duty_id"), k -> new ArrayList<>()).add(JdbcMembers.map(rs));
                    return null;
                }, params);
        return rows.stream().map(r -> new Duty(r.id(), r.name(), r.description(),
                owners.getOrDefault(r.id(), List.of()), r.changed())).toList();
    }
}

package org.partnerbot.core.store.partnership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.store.Jdbc;

public final class JdbcPartnerships implements Partnerships {

    /** The columns {@link #map} reads, for the stores that read a partnership across workspaces. */
    public static final String COLUMNS = "p.id, p.workspace, p.conversation_key, p.conversation_ref, p.name, p.purpose, p.time_zone, p.access";

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcPartnerships(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Partnership> findByConversation(String workspace, String conversationKey) {
        return jdbc.one("SELECT " + COLUMNS + " FROM partnerships p WHERE p.workspace = ? AND p.conversation_key = ?",
                JdbcPartnerships::map, workspace, conversationKey);
    }

    @Override
    public Optional<Partnership> findById(String workspace, long id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM partnerships p WHERE p.workspace = ? AND p.id = ?",
                JdbcPartnerships::map, workspace, id);
    }

    @Override
    public Partnership create(String workspace, String conversationKey, String conversationRef, String name) {
        long id = jdbc.insert("INSERT INTO partnerships (workspace, conversation_key, conversation_ref, name, time_zone, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", workspace, conversationKey, conversationRef, name, "UTC", clock.instant());
        return findById(workspace, id).orElseThrow();
    }

    @Override
    public void updatePurpose(long id, String purpose) {
        jdbc.update("UPDATE partnerships SET purpose = ? WHERE id = ?", purpose, id);
    }

    @Override
    public void updateZone(long id, ZoneId zone) {
        jdbc.update("UPDATE partnerships SET time_zone = ? WHERE id = ?", zone, id);
    }

    @Override
    public Optional<Partnership> lockByConversation(String workspace, String conversationKey) {
        return jdbc.locking("SELECT " + COLUMNS + " FROM partnerships p WHERE p.workspace = ? AND p.conversation_key = ? FOR UPDATE",
                JdbcPartnerships::map, workspace, conversationKey);
    }

    @Override
    public void lock(long id) {
        jdbc.locking("SELECT id FROM partnerships WHERE id = ? FOR UPDATE", rs -> rs.getLong(1), id);
    }

    @Override
    public List<Partnership> forUser(String workspace, String userKey) {
        return jdbc.list("SELECT " + COLUMNS + " FROM partnerships p JOIN members m ON m.partnership_id = p.id"
                + " JOIN people u ON u.id = m.person_id WHERE (p.workspace = ? OR u.organisation = ?) AND u.user_key = ?"
                + " AND m.status = 'ACTIVE' ORDER BY p.id",
                JdbcPartnerships::map, workspace, workspace, userKey);
    }

    @Override
    public void setClosed(long id, boolean closed) {
        jdbc.update("UPDATE partnerships SET access = ? WHERE id = ?", closed ? "CLOSED" : "OPEN", id);
    }

    @Override
    public int nextPseudonym(long id) {
        jdbc.update("UPDATE partnerships SET pseudonyms = pseudonyms + 1 WHERE id = ?", id);
        return jdbc.one("SELECT pseudonyms FROM partnerships WHERE id = ?", rs -> rs.getInt(1), id).orElseThrow();
    }

    public static Partnership map(ResultSet rs) throws SQLException {
        return new Partnership(rs.getLong("id"), rs.getString("workspace"), rs.getString("conversation_key"),
                rs.getString("conversation_ref"), rs.getString("name"), rs.getString("purpose"),
                ZoneId.of(rs.getString("time_zone")), "CLOSED".equals(rs.getString("access")));
    }
}

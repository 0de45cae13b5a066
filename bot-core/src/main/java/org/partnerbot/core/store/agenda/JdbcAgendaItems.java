package org.partnerbot.core.store.agenda;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.partnerbot.core.agenda.AgendaItem;
import org.partnerbot.core.agenda.AgendaItems;
import org.partnerbot.core.agenda.AgendaStatus;
import org.partnerbot.core.store.Jdbc;
import org.partnerbot.core.store.partnership.JdbcMembers;

public final class JdbcAgendaItems implements AgendaItems {

    private static final String SELECT = "SELECT i.id, i.number, i.text, i.proposer_id, u.user_key, " + JdbcMembers.NAME + " AS display_name,"
            + " i.agency_id, a.name AS agency_name, i.status, i.carried_over, i.created_at FROM agenda_items i"
            + " JOIN members m ON m.id = i.proposer_id LEFT JOIN people u ON u.id = m.person_id"
            + " LEFT JOIN agencies a ON a.id = i.agency_id";
    private static final String PENDING = " i.status IN ('OPEN', 'CARRIED_OVER')";

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcAgendaItems(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public AgendaItem add(long partnershipId, String text, long proposerId, Long agencyId) {
        int number = jdbc.nextNumber("agenda_items", partnershipId);
        long id = jdbc.insert("INSERT INTO agenda_items (partnership_id, number, text, proposer_id, agency_id, status,"
                + " carried_over, created_at) VALUES (?, ?, ?, ?, ?, 'OPEN', 0, ?)",
                partnershipId, number, text, proposerId, agencyId, clock.instant());
        return jdbc.one(SELECT + " WHERE i.id = ?", JdbcAgendaItems::map, id).orElseThrow();
    }

    @Override
    public List<AgendaItem> pending(long partnershipId) {
        return jdbc.list(SELECT + " WHERE i.partnership_id = ? AND" + PENDING + " ORDER BY i.number",
                JdbcAgendaItems::map, partnershipId);
    }

    @Override
    public Optional<AgendaItem> findPending(long partnershipId, int number) {
        return jdbc.one(SELECT + " WHERE i.partnership_id = ? AND i.number = ? AND" + PENDING,
                JdbcAgendaItems::map, partnershipId, number);
    }

    @Override
    public void setStatus(long itemId, AgendaStatus status) {
        jdbc.update("UPDATE agenda_items SET status = ? WHERE id = ?", status, itemId);
    }

    @Override
    public void markDiscussed(long itemId, long meetingId) {
        jdbc.update("UPDATE agenda_items SET status = 'DISCUSSED', discussed_meeting_id = ? WHERE id = ?", meetingId, itemId);
    }

    @Override
    public List<Integer> unmarkDiscussed(long meetingId, String text) {
        List<Integer> numbers = jdbc.list("SELECT number FROM agenda_items WHERE discussed_meeting_id = ? AND status = 'DISCUSSED'"
                + " AND text = ? ORDER BY number", rs -> rs.getInt("number"), meetingId, text);
        jdbc.update("UPDATE agenda_items SET status = CASE WHEN carried_over > 0 THEN 'CARRIED_OVER' ELSE 'OPEN' END,"
                + " discussed_meeting_id = NULL WHERE discussed_meeting_id = ? AND status = 'DISCUSSED' AND text = ?",
                meetingId, text);
        return numbers;
    }

    @Override
    public int carryOver(long partnershipId) {
        return jdbc.update("UPDATE agenda_items SET status = 'CARRIED_OVER', carried_over = carried_over + 1"
                + " WHERE partnership_id = ? AND status IN ('OPEN', 'CARRIED_OVER')", partnershipId);
    }

    private static AgendaItem map(ResultSet rs) throws SQLException {
        return new AgendaItem(rs.getLong("id"), rs.getInt("number"), rs.getString("text"), rs.getLong("proposer_id"),
                rs.getString("user_key"), rs.getString("display_name"), Jdbc.nullableLong(rs, "agency_id"),
                rs.getString("agency_name"), AgendaStatus.valueOf(rs.getString("status")), rs.getInt("carried_over"),
                Jdbc.instant(rs, "created_at"));
    }
}

package org.partnerbot.core.store.agenda;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private static final String ADD = "INSERT INTO agenda_items (partnership_id, number, text, proposer_id, agency_id, status,"
            + " carried_over, created_at) VALUES (CAST(? AS BIGINT), " + Jdbc.nextNumberOf("agenda_items") + ", CAST(? AS VARCHAR),"
            + " CAST(? AS BIGINT), CAST(? AS BIGINT), 'OPEN', 0, CAST(? AS TIMESTAMP WITH TIME ZONE))";
    private static final String PENDING = " i.status IN ('OPEN', 'CARRIED_OVER')";

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcAgendaItems(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public AgendaItem add(long partnershipId, String text, long proposerId, Long agencyId) {
        // Its number is the partnership's next, taken in the insert itself (safe under the partnership's lock). The casts
        // keep PostgreSQL from guessing the type of an untyped parameter (a null agency).
        long id = jdbc.insert(ADD, partnershipId, partnershipId, text, proposerId, agencyId, clock.instant());
        return jdbc.one(SELECT + " WHERE i.id = ?", JdbcAgendaItems::map, id).orElseThrow();
    }

    @Override
    public List<AgendaItem> pending(long partnershipId) {
        // A long agenda comes from a handful of people and agencies: joining each item to its proposer's membership,
        // person and agency cost most of listing it. The items are read alone, and each distinct proposer and agency
        // looked up once (in the same transaction, so the same rows the joins read).
        List<Item> items = jdbc.list("SELECT i.id, i.number, i.text, i.proposer_id, i.agency_id, i.status, i.carried_over,"
                + " i.created_at FROM agenda_items i WHERE i.partnership_id = ? AND" + PENDING + " ORDER BY i.number",
                rs -> new Item(rs.getLong("id"), rs.getInt("number"), rs.getString("text"), rs.getLong("proposer_id"),
                        Jdbc.nullableLong(rs, "agency_id"), AgendaStatus.valueOf(rs.getString("status")),
                        rs.getInt("carried_over"), Jdbc.instant(rs, "created_at")), partnershipId);
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, String[]> proposers = new HashMap<>();
        jdbc.list("SELECT m.id, u.user_key, " + JdbcMembers.NAME + " AS display_name FROM members m"
                + " LEFT JOIN people u ON u.id = m.person_id WHERE m.id = ANY(?)",
                rs -> proposers.put(rs.getLong("id"), new String[] {rs.getString("user_key"), rs.getString("display_name")}),
                (Object) items.stream().map(Item::proposerId).distinct().toArray(Long[]::new));
        Long[] agencyIds = items.stream().map(Item::agencyId).filter(Objects::nonNull).distinct().toArray(Long[]::new);
        Map<Long, String> agencies = new HashMap<>();
        if (agencyIds.length > 0) {
            jdbc.list("SELECT id, name FROM agencies WHERE id = ANY(?)", rs -> agencies.put(rs.getLong("id"), rs.getString("name")),
                    (Object) agencyIds);
        }
        List<AgendaItem> out = new ArrayList<>(items.size());
        for (Item i : items) {
            String[] proposer = proposers.get(i.proposerId());
            if (proposer != null) { // as the join did: an item whose proposer's membership is gone is not listed
                out.add(new AgendaItem(i.id(), i.number(), i.text(), i.proposerId(), proposer[0], proposer[1], i.agencyId(),
                        i.agencyId() == null ? null : agencies.get(i.agencyId()), i.status(), i.carriedOver(), i.createdAt()));
            }
        }
        return out;
    }

    /** An agenda row before its proposer and agency are named. */
    private record Item(long id, int number, String text, long proposerId, Long agencyId, AgendaStatus status,
                        int carriedOver, Instant createdAt) {
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

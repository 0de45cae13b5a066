package org.partnerbot.core.store.actions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnerbot.core.actions.Action;
import org.partnerbot.core.actions.ActionStatus;
import org.partnerbot.core.actions.Actions;
import org.partnerbot.core.store.Jdbc;
import org.partnerbot.core.store.partnership.JdbcMembers;

public final class JdbcActions implements Actions {

    private static final String SELECT = "SELECT x.id, x.partnership_id, x.number, x.text, x.owner_member_id,"
            + " u.user_key, " + JdbcMembers.NAME + " AS display_name, ma.name AS member_agency, x.owner_agency_id, oa.name AS owner_agency,"
            + " x.due_date, x.status, x.meeting_id, x.created_at, x.done_at, x.progress, x.progress_note, x.closed_reason FROM actions x"
            + " LEFT JOIN members m ON m.id = x.owner_member_id LEFT JOIN people u ON u.id = m.person_id"
            + " LEFT JOIN agencies ma ON ma.id = m.agency_id AND ma.active LEFT JOIN agencies oa ON oa.id = x.owner_agency_id";

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcActions(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Action create(long partnershipId, String text, Long ownerMemberId, Long ownerAgencyId, LocalDate due,
                         Long meetingId, long createdBy) {
        int number = jdbc.nextNumber("actions", partnershipId);
        long id = jdbc.insert("INSERT INTO actions (partnership_id, number, text, owner_member_id, owner_agency_id,"
                + " due_date, status, meeting_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)",
                partnershipId, number, text, ownerMemberId, ownerAgencyId, due, meetingId, createdBy, clock.instant());
        return jdbc.one(SELECT + " WHERE x.id = ?", JdbcActions::map, id).orElseThrow();
    }

    @Override
    public Optional<Action> find(long partnershipId, int number) {
        return jdbc.one(SELECT + " WHERE x.partnership_id = ? AND x.number = ?", JdbcActions::map, partnershipId, number);
    }

    @Override
    public List<Action> open(long partnershipId) {
        return jdbc.list(SELECT + " WHERE x.partnership_id = ? AND x.status = 'OPEN' ORDER BY x.number",
                JdbcActions::map, partnershipId);
    }

    @Override
    public List<Action> all(long partnershipId) {
        return jdbc.list(SELECT + " WHERE x.partnership_id = ? AND x.status <> 'WITHDRAWN' ORDER BY x.number",
                JdbcActions::map, partnershipId);
    }

    @Override
    public List<Action> ofMeeting(long meetingId) {
        return jdbc.list(SELECT + " WHERE x.meeting_id = ? AND x.status <> 'WITHDRAWN' ORDER BY x.number", JdbcActions::map, meetingId);
    }

    @Override
    public void assignToMember(long actionId, long memberId) {
        jdbc.update("UPDATE actions SET owner_member_id = ?, owner_agency_id = NULL WHERE id = ?", memberId, actionId);
    }

    @Override
    public void assignToAgency(long actionId, long agencyId) {
        jdbc.update("UPDATE actions SET owner_agency_id = ?, owner_member_id = NULL WHERE id = ?", agencyId, actionId);
    }

    @Override
    public void setDue(long actionId, LocalDate due) {
        jdbc.update("UPDATE actions SET due_date = ? WHERE id = ?", due, actionId);
    }

    @Override
    public void markDone(long actionId, long doneBy) {
        jdbc.update("UPDATE actions SET status = 'DONE', done_at = ?, done_by = ? WHERE id = ?", clock.instant(), doneBy, actionId);
    }

    @Override
    public void withdraw(long actionId) {
        jdbc.update("UPDATE actions SET status = 'WITHDRAWN' WHERE id = ?", actionId);
    }

    static Action map(ResultSet rs) throws SQLException {
        return new Action(rs.getLong("id"), rs.getLong("partnership_id"), rs.getInt("number"), rs.getString("text"),
                Jdbc.nullableLong(rs, "owner_member_id"), rs.getString("user_key"), rs.getString("display_name"),
                rs.getString("member_agency"), Jdbc.nullableLong(rs, "owner_agency_id"), rs.getString("owner_agency"),
                Jdbc.date(rs, "due_date"), ActionStatus.valueOf(rs.getString("status")), Jdbc.nullableLong(rs, "meeting_id"),
                Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "done_at"),
                rs.getString("progress") == null ? null : Action.Progress.valueOf(rs.getString("progress")),
                rs.getString("closed_reason") != null ? rs.getString("closed_reason") : rs.getString("progress_note"));
    }

    @Override
    public void setProgress(long actionId, Action.Progress progress, String note) {
        jdbc.update("UPDATE actions SET progress = ?, progress_note = ? WHERE id = ?", progress.name(), note, actionId);
    }

    @Override
    public void close(long actionId, ActionStatus status, String reason, long closedBy) {
        jdbc.update("UPDATE actions SET status = ?, closed_reason = ?, done_at = ?, done_by = ? WHERE id = ?", status.name(),
                reason, clock.instant(), closedBy, actionId);
    }

    @Override
    public List<Action> dueBetween(long partnershipId, LocalDate after, LocalDate until) {
        return jdbc.list(SELECT + " WHERE x.partnership_id = ? AND x.status <> 'WITHDRAWN' AND x.due_date IS NOT NULL"
                + " AND x.due_date > ? AND x.due_date <= ? ORDER BY x.due_date, x.number", JdbcActions::map, partnershipId,
                after, until);
    }
}

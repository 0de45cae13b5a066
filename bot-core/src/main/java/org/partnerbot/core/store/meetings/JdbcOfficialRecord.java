package org.partnerbot.core.store.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnerbot.core.meetings.OfficialRecord;
import org.partnerbot.core.partnership.Representatives;
import org.partnerbot.core.store.Jdbc;
import org.partnerbot.core.store.partnership.JdbcMembers;

public final class JdbcOfficialRecord implements OfficialRecord, Representatives {

    /** Who a member is, for a row that names one by {@code member_id} as {@code m}. */
    private static final String PERSON = " JOIN members m ON m.id = %s LEFT JOIN people u ON u.id = m.person_id";

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcOfficialRecord(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Rules rules(long partnershipId) {
        return jdbc.one("SELECT quorum_agencies, quorum_including, classification, confidentiality, minutes_due_days"
                + " FROM record_settings WHERE partnership_id = ?", rs -> new Rules(
                rs.getObject("quorum_agencies") == null ? null : rs.getInt("quorum_agencies"),
                ids(rs.getString("quorum_including")), rs.getString("classification"), rs.getString("confidentiality"),
                rs.getObject("minutes_due_days") == null ? null : rs.getInt("minutes_due_days")), partnershipId)
                .orElse(Rules.NONE);
    }

    @Override
    public void startRound(long entryId, List<RoundAgency> asked) {
        for (int i = 0; i < asked.size(); i++) {
            jdbc.update("INSERT INTO meeting_round_agencies (entry_id, agency_id, position, lines_before) VALUES (?, ?, ?, ?)",
                    entryId, asked.get(i).agencyId(), i, asked.get(i).linesBefore());
        }
    }

    @Override
    public List<Round> rounds(long meetingId) {
        record Row(long entryId, RoundAgency agency) {
        }
        List<Row> rows = jdbc.list("SELECT r.entry_id, r.agency_id, a.name, r.lines_before FROM meeting_round_agencies r"
                + " JOIN meeting_entries e ON e.id = r.entry_id JOIN agencies a ON a.id = r.agency_id"
                + " WHERE e.meeting_id = ? AND e.removed_at IS NULL ORDER BY e.id, r.position",
                rs -> new Row(rs.getLong("entry_id"), new RoundAgency(rs.getLong("agency_id"), rs.getString("name"),
                        rs.getInt("lines_before"))), meetingId);
        java.util.Map<Long, List<RoundAgency>> byEntry = new java.util.LinkedHashMap<>();
        rows.forEach(r -> byEntry.computeIfAbsent(r.entryId(), k -> new java.util.ArrayList<>()).add(r.agency()));
        return byEntry.entrySet().stream().map(e -> new Round(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private static List<Long> ids(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }

    private void setting(long partnershipId, String column, Object value) {
        jdbc.insertUnlessDuplicate("INSERT INTO record_settings (partnership_id) VALUES (?)", partnershipId);
        jdbc.update("UPDATE record_settings SET " + column + " = ? WHERE partnership_id = ?", value, partnershipId);
    }

    @Override
    public long openMotion(long meetingId, String text, long memberId) {
        return jdbc.insert("INSERT INTO meeting_motions (meeting_id, text, opened_by) VALUES (?, ?, ?)", meetingId, text, memberId);
    }

    @Override
    public Optional<Motion> openMotion(long meetingId) {
        return jdbc.one("SELECT id, text FROM meeting_motions WHERE meeting_id = ? AND closed_at IS NULL ORDER BY id DESC",
                rs -> new Motion(rs.getLong("id"), rs.getString("text")), meetingId);
    }

    @Override
    public Optional<String> vote(long motionId, long agencyId, long memberId, String vote) {
        Optional<String> before = jdbc.one("SELECT " + JdbcMembers.NAME + " FROM meeting_votes v" + PERSON.formatted("v.member_id")
                + " WHERE v.motion_id = ? AND v.agency_id = ? AND v.member_id <> ?", rs -> rs.getString(1), motionId, agencyId,
                memberId);
        if (jdbc.update("UPDATE meeting_votes SET member_id = ?, vote = ? WHERE motion_id = ? AND agency_id = ?", memberId,
                vote, motionId, agencyId) == 0) {
            jdbc.update("INSERT INTO meeting_votes (motion_id, agency_id, member_id, vote) VALUES (?, ?, ?, ?)", motionId,
                    agencyId, memberId, vote);
        }
        return before;
    }

    @Override
    public List<Vote> votes(long motionId) {
        return jdbc.list("SELECT v.agency_id, a.name AS agency_name, " + JdbcMembers.NAME + " AS display_name, v.vote"
                + " FROM meeting_votes v JOIN agencies a ON a.id = v.agency_id" + PERSON.formatted("v.member_id")
                + " WHERE v.motion_id = ? ORDER BY a.name", rs -> new Vote(rs.getLong("agency_id"), rs.getString("agency_name"),
                rs.getString("display_name"), rs.getString("vote")), motionId);
    }

    @Override
    public void closeMotion(long motionId, String result) {
        jdbc.update("UPDATE meeting_motions SET closed_at = ?, result = ? WHERE id = ?", clock.instant(), result, motionId);
    }

    @Override
    public void setQuorum(long partnershipId, int agencies, List<Long> including) {
        setting(partnershipId, "quorum_agencies", agencies);
        setting(partnershipId, "quorum_including", including.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    @Override
    public void setClassification(long partnershipId, String classification) {
        setting(partnershipId, "classification", classification);
    }

    @Override
    public void setConfidentiality(long partnershipId, String statement) {
        setting(partnershipId, "confidentiality", statement);
    }

    @Override
    public void setMinutesDue(long partnershipId, int workingDays) {
        setting(partnershipId, "minutes_due_days", workingDays);
    }

    @Override
    public void here(long meetingId, long memberId, Long agencyId, long markedBy, boolean accepted) {
        int updated = jdbc.update("UPDATE meeting_presence SET agency_id = ?, marked_by = ?, accepted = (accepted OR ?)"
                + " WHERE meeting_id = ? AND member_id = ?", agencyId, markedBy, accepted, meetingId, memberId);
        if (updated == 0) {
            jdbc.update("INSERT INTO meeting_presence (meeting_id, member_id, agency_id, marked_by, accepted) VALUES (?, ?, ?, ?, ?)",
                    meetingId, memberId, agencyId, markedBy, accepted);
        }
    }

    @Override
    public List<Presence> presence(long meetingId) {
        return jdbc.list("SELECT p.member_id, u.user_key, " + JdbcMembers.NAME + " AS display_name, p.agency_id, p.accepted"
                + " FROM meeting_presence p" + PERSON.formatted("p.member_id") + " WHERE p.meeting_id = ? ORDER BY display_name",
                rs -> new Presence(rs.getLong("member_id"), rs.getString("user_key"), rs.getString("display_name"),
                        Jdbc.nullableLong(rs, "agency_id"), rs.getBoolean("accepted")), meetingId);
    }

    @Override
    public void apologise(long meetingId, Long agencyId, Long memberId, boolean infoSent) {
        jdbc.insert("INSERT INTO meeting_apologies (meeting_id, agency_id, member_id, info_sent) VALUES (?, ?, ?, ?)",
                meetingId, agencyId, memberId, infoSent);
    }

    @Override
    public List<Apology> apologies(long meetingId) {
        return jdbc.list("SELECT x.agency_id, a.name AS agency_name, u.user_key, CASE WHEN x.member_id IS NULL THEN NULL ELSE "
                + JdbcMembers.NAME + " END AS display_name, x.info_sent FROM meeting_apologies x"
                + " LEFT JOIN agencies a ON a.id = x.agency_id LEFT JOIN members m ON m.id = x.member_id"
                + " LEFT JOIN people u ON u.id = m.person_id WHERE x.meeting_id = ? ORDER BY x.id",
                rs -> new Apology(Jdbc.nullableLong(rs, "agency_id"), rs.getString("agency_name"), rs.getString("user_key"),
                        rs.getString("display_name"), rs.getBoolean("info_sent")), meetingId);
    }

    @Override
    public void inquorate(long meetingId, String reason) {
        jdbc.update("UPDATE meetings SET inquorate_reason = ? WHERE id = ?", reason, meetingId);
    }

    @Override
    public Optional<String> inquorateReason(long meetingId) {
        return jdbc.one("SELECT inquorate_reason FROM meetings WHERE id = ? AND inquorate_reason IS NOT NULL",
                rs -> rs.getString(1), meetingId);
    }

    @Override
    public int inquorateInARow(long partnershipId) {
        List<Boolean> latest = jdbc.list("SELECT inquorate_reason IS NOT NULL FROM meetings WHERE partnership_id = ?"
                + " AND ended_at IS NOT NULL ORDER BY ended_at DESC, id DESC", rs -> rs.getBoolean(1), partnershipId);
        int n = 0;
        while (n < latest.size() && latest.get(n)) {
            n++;
        }
        return n;
    }

    @Override
    public Optional<Approval> approval(long meetingId) {
        return jdbc.one("SELECT t.approved_at, u.user_key, " + JdbcMembers.NAME + " AS display_name FROM meetings t"
                + PERSON.formatted("t.approved_by") + " WHERE t.id = ? AND t.approved_at IS NOT NULL",
                rs -> new Approval(Jdbc.instant(rs, "approved_at"), rs.getString("user_key"), rs.getString("display_name")),
                meetingId);
    }

    @Override
    public void approve(long meetingId, long memberId) {
        jdbc.update("UPDATE meetings SET approved_at = ?, approved_by = ? WHERE id = ?", clock.instant(), memberId, meetingId);
    }

    @Override
    public void amend(long meetingId, LocalDate on, String text, long memberId) {
        jdbc.insert("INSERT INTO meeting_amendments (meeting_id, amended_on, text, member_id, amended_at) VALUES (?, ?, ?, ?, ?)",
                meetingId, on, text, memberId, clock.instant());
    }

    @Override
    public List<Amendment> amendments(long meetingId) {
        return jdbc.list("SELECT x.amended_on, x.text, u.user_key, " + JdbcMembers.NAME + " AS display_name"
                + " FROM meeting_amendments x" + PERSON.formatted("x.member_id") + " WHERE x.meeting_id = ? ORDER BY x.id",
                rs -> new Amendment(Jdbc.date(rs, "amended_on"), rs.getString("text"), rs.getString("user_key"),
                        rs.getString("display_name")), meetingId);
    }

    @Override
    public void edit(long entryId, String newText, long memberId) {
        jdbc.update("INSERT INTO meeting_entry_history (entry_id, old_text, edited_by, edited_at)"
                + " SELECT id, text, ?, ? FROM meeting_entries WHERE id = ?", memberId, clock.instant(), entryId);
        jdbc.update("UPDATE meeting_entries SET text = ? WHERE id = ?", newText, entryId);
    }

    @Override
    public List<Edit> edits(long meetingId) {
        return jdbc.list("SELECT h.entry_id, h.old_text, h.edited_at, u.user_key, " + JdbcMembers.NAME + " AS display_name"
                + " FROM meeting_entry_history h JOIN meeting_entries e ON e.id = h.entry_id" + PERSON.formatted("h.edited_by")
                + " WHERE e.meeting_id = ? ORDER BY h.id",
                rs -> new Edit(rs.getLong("entry_id"), rs.getString("old_text"), Jdbc.instant(rs, "edited_at"),
                        rs.getString("user_key"), rs.getString("display_name")), meetingId);
    }

    @Override
    public void set(long agencyId, Representatives.Role role, long memberId) {
        if (jdbc.update("UPDATE agency_representatives SET member_id = ? WHERE agency_id = ? AND role = ?",
                memberId, agencyId, role.name()) == 0) {
            jdbc.update("INSERT INTO agency_representatives (agency_id, role, member_id) VALUES (?, ?, ?)",
                    agencyId, role.name(), memberId);
        }
    }

    @Override
    public List<Representative> list(long partnershipId) {
        return jdbc.list("SELECT r.agency_id, r.role, r.member_id, u.user_key, " + JdbcMembers.NAME + " AS display_name"
                + " FROM agency_representatives r JOIN agencies a ON a.id = r.agency_id" + PERSON.formatted("r.member_id")
                + " WHERE a.partnership_id = ? ORDER BY r.agency_id, r.role DESC",
                rs -> new Representative(rs.getLong("agency_id"), Representatives.Role.valueOf(rs.getString("role")),
                        rs.getLong("member_id"), rs.getString("user_key"), rs.getString("display_name")), partnershipId);
    }
}

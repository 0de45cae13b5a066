package org.partnerbot.core.store.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.partnerbot.core.meetings.Attendance;
import org.partnerbot.core.meetings.EntryKind;
import org.partnerbot.core.meetings.Meeting;
import org.partnerbot.core.meetings.MeetingEntry;
import org.partnerbot.core.meetings.Meetings;
import org.partnerbot.core.store.Jdbc;
import org.partnerbot.core.store.partnership.JdbcMembers;

public final class JdbcMeetings implements Meetings {

    private static final String SELECT = "SELECT id, partnership_id, title, chair_id, started_at, ended_at FROM meetings";

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcMeetings(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Meeting start(long partnershipId, String title, long chairId) {
        long id = jdbc.insert("INSERT INTO meetings (partnership_id, title, chair_id, started_at) VALUES (?, ?, ?, ?)",
                partnershipId, title, chairId, clock.instant());
        return jdbc.one(SELECT + " WHERE id = ?", JdbcMeetings::map, id).orElseThrow();
    }

    @Override
    public Optional<Meeting> live(long partnershipId) {
        return jdbc.one(SELECT + " WHERE partnership_id = ? AND ended_at IS NULL ORDER BY id DESC",
                JdbcMeetings::map, partnershipId);
    }

    @Override
    public void end(long meetingId) {
        jdbc.update("UPDATE meetings SET ended_at = ? WHERE id = ?", clock.instant(), meetingId);
    }

    @Override
    public void record(long meetingId, EntryKind kind, String text, long memberId, Long actionId) {
        jdbc.insert("INSERT INTO meeting_entries (meeting_id, kind, text, member_id, action_id, said_at) VALUES (?, ?, ?, ?, ?, ?)",
                meetingId, kind, text, memberId, actionId, clock.instant());
    }

    @Override
    public void countLine(long meetingId, long memberId, Long agencyId) {
        int updated = jdbc.update("UPDATE meeting_attendance SET lines_said = lines_said + 1, agency_id = ?"
                + " WHERE meeting_id = ? AND member_id = ?", agencyId, meetingId, memberId);
        if (updated == 0) {
            jdbc.update("INSERT INTO meeting_attendance (meeting_id, member_id, agency_id, lines_said) VALUES (?, ?, ?, 1)",
                    meetingId, memberId, agencyId);
        }
    }

    @Override
    public List<MeetingEntry> entries(long meetingId) {
        int[] number = {0};
        return jdbc.list("SELECT e.id, e.kind, e.text, u.user_key, " + JdbcMembers.NAME + " AS display_name, e.action_id, e.said_at,"
                + " e.url, e.member_id FROM meeting_entries e JOIN members m ON m.id = e.member_id"
                + " LEFT JOIN people u ON u.id = m.person_id"
                + " WHERE e.meeting_id = ? AND e.removed_at IS NULL ORDER BY e.id",
                rs -> new MeetingEntry(rs.getLong("id"), EntryKind.valueOf(rs.getString("kind")), rs.getString("text"),
                        rs.getString("user_key"), rs.getString("display_name"), Jdbc.nullableLong(rs, "action_id"),
                        Jdbc.instant(rs, "said_at"), ++number[0], rs.getString("url"), rs.getLong("member_id")), meetingId);
    }

    @Override
    public void recordLink(long meetingId, String url, String text, long memberId) {
        jdbc.insert("INSERT INTO meeting_entries (meeting_id, kind, text, url, member_id, said_at) VALUES (?, ?, ?, ?, ?, ?)",
                meetingId, EntryKind.LINK.name(), text, url, memberId, clock.instant());
    }

    @Override
    public Optional<MeetingEntry> lastEntry(long meetingId) {
        List<MeetingEntry> all = entries(meetingId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Override
    public void removeEntry(long entryId) {
        jdbc.update("UPDATE meeting_entries SET removed_at = ? WHERE id = ?", clock.instant(), entryId);
    }

    @Override
    public void rename(long meetingId, String title) {
        jdbc.update("UPDATE meetings SET title = ? WHERE id = ?", title, meetingId);
    }

    @Override
    public boolean addChair(long meetingId, long memberId) {
        return jdbc.insertUnlessDuplicate("INSERT INTO meeting_chairs (meeting_id, member_id) VALUES (?, ?)", meetingId, memberId);
    }

    @Override
    public boolean removeChair(long meetingId, long memberId) {
        return jdbc.update("DELETE FROM meeting_chairs WHERE meeting_id = ? AND member_id = ?", meetingId, memberId) > 0;
    }

    @Override
    public List<Long> chairs(long meetingId) {
        return jdbc.list("SELECT member_id FROM meeting_chairs WHERE meeting_id = ? ORDER BY member_id",
                rs -> rs.getLong(1), meetingId);
    }

    @Override
    public Optional<Meeting> find(long partnershipId, long meetingId) {
        return jdbc.one(SELECT + " WHERE partnership_id = ? AND id = ?", JdbcMeetings::map, partnershipId, meetingId);
    }

    @Override
    public void present(long meetingId, long memberId, Long agencyId) {
        int updated = jdbc.update("UPDATE meeting_attendance SET agency_id = ? WHERE meeting_id = ? AND member_id = ?",
                agencyId, meetingId, memberId);
        if (updated == 0) {
            jdbc.update("INSERT INTO meeting_attendance (meeting_id, member_id, agency_id, lines_said) VALUES (?, ?, ?, 0)",
                    meetingId, memberId, agencyId);
        }
    }

    @Override
    public List<Attendance> attendance(long meetingId) {
        return jdbc.list("SELECT t.member_id, u.user_key, " + JdbcMembers.NAME + " AS display_name, t.agency_id, a.name AS agency_name, t.lines_said"
                + " FROM meeting_attendance t JOIN members m ON m.id = t.member_id LEFT JOIN people u ON u.id = m.person_id"
                + " LEFT JOIN agencies a ON a.id = t.agency_id WHERE t.meeting_id = ? ORDER BY t.lines_said DESC, display_name",
                rs -> new Attendance(rs.getLong("member_id"), rs.getString("user_key"), rs.getString("display_name"),
                        Jdbc.nullableLong(rs, "agency_id"), rs.getString("agency_name"), rs.getInt("lines_said")), meetingId);
    }

    @Override
    public Optional<Meeting> lastEnded(long partnershipId) {
        return jdbc.one(SELECT + " WHERE partnership_id = ? AND ended_at IS NOT NULL ORDER BY ended_at DESC, id DESC",
                JdbcMeetings::map, partnershipId);
    }

    @Override
    public List<Meeting> endedBetween(long partnershipId, Instant from, Instant to) {
        return jdbc.list(SELECT + " WHERE partnership_id = ? AND ended_at IS NOT NULL AND started_at >= ? AND started_at < ?"
                + " ORDER BY started_at DESC, id DESC", JdbcMeetings::map, partnershipId, from, to);
    }

    private static Meeting map(ResultSet rs) throws SQLException {
        return new Meeting(rs.getLong("id"), rs.getLong("partnership_id"), rs.getString("title"), rs.getLong("chair_id"),
                Jdbc.instant(rs, "started_at"), Jdbc.instant(rs, "ended_at"));
    }
}

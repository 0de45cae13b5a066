package org.partnerbot.core.store.mydata;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.partnerbot.core.audit.AuditEvent;
import org.partnerbot.core.mydata.PersonalData;
import org.partnerbot.core.mydata.PersonalData.Entry;
import org.partnerbot.core.mydata.PersonalData.Word;
import org.partnerbot.core.store.Jdbc;
import org.partnerbot.core.store.partnership.JdbcMembers;

public final class JdbcPersonalData implements PersonalData {

    /** The other member of a kudos, named as members are. */
    private static final String OTHER = JdbcMembers.NAME;

    private final Jdbc jdbc;

    public JdbcPersonalData(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Person> of(String workspace, String userKey) {
        record Row(long id, String name, String zone) {
        }
        Optional<Row> person = jdbc.one("SELECT id, display_name, time_zone FROM people WHERE workspace = ? AND user_key = ?",
                rs -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)), workspace, userKey);
        return person.map(p -> new Person(workspace, userKey, p.name(), p.zone(), memberships(p.id())));
    }

    private List<Membership> memberships(long personId) {
        return jdbc.list("SELECT m.id, p.name AS partnership, m.status, m.source, a.name AS agency, m.is_admin, m.is_chair,"
                + " m.joined_at FROM members m JOIN partnerships p ON p.id = m.partnership_id"
                + " LEFT JOIN agencies a ON a.id = m.agency_id WHERE m.person_id = ? ORDER BY m.partnership_id",
                rs -> {
                    long id = rs.getLong("id");
                    return new Membership(id, rs.getString("partnership"), rs.getString("status"), rs.getString("source"),
                            rs.getString("agency"), rs.getBoolean("is_admin"), rs.getBoolean("is_chair"),
                            Jdbc.instant(rs, "joined_at"), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                            List.of(), List.of(), List.of(), List.of());
                }, personId).stream().map(this::filled).toList();
    }

    private Membership filled(Membership m) {
        long id = m.memberId();
        return new Membership(id, m.partnership(), m.status(), m.source(), m.agency(), m.admin(), m.chair(), m.joinedAt(),
                jdbc.list("SELECT d.name FROM duty_owners o JOIN duties d ON d.id = o.duty_id WHERE o.member_id = ?"
                        + " ORDER BY d.name", rs -> Entry.of("duty", rs.getString(1)), id),
                jdbc.list("SELECT number, text, status, due_date FROM actions WHERE owner_member_id = ? ORDER BY number",
                        rs -> rs.getString("due_date") == null
                                ? Entry.of("action", number(rs), rs.getString("text"), actionStatus(rs.getString("status")))
                                : Entry.of("actionDue", number(rs), rs.getString("text"),
                                        actionStatus(rs.getString("status")), Jdbc.date(rs, "due_date").toString()), id),
                jdbc.list("SELECT number, text, status, created_at FROM agenda_items WHERE proposer_id = ? ORDER BY number",
                        rs -> Entry.of("agendaItem", number(rs), rs.getString("text"),
                                new Word("mydata.agendaStatus." + rs.getString("status"), rs.getString("status")),
                                at(Jdbc.instant(rs, "created_at"))), id),
                jdbc.list("SELECT t.started_at, t.title, a.lines_said FROM meeting_attendance a JOIN meetings t"
                        + " ON t.id = a.meeting_id WHERE a.member_id = ? ORDER BY t.started_at",
                        rs -> Entry.of("linesSaid", at(Jdbc.instant(rs, "started_at")), rs.getString("title"),
                                rs.getInt("lines_said")), id),
                jdbc.list("SELECT t.started_at, e.kind, e.text FROM meeting_entries e JOIN meetings t ON t.id = e.meeting_id"
                        + " WHERE e.member_id = ? ORDER BY e.id",
                        rs -> Entry.of("recorded", at(Jdbc.instant(rs, "started_at")),
                                new Word("record.entry." + rs.getString("kind"), rs.getString("kind")), rs.getString("text")), id),
                jdbc.list("SELECT k.created_at, k.text, " + OTHER + " AS other FROM kudos k JOIN members m"
                        + " ON m.id = k.to_member_id LEFT JOIN people u ON u.id = m.person_id WHERE k.from_member_id = ?"
                        + " ORDER BY k.id",
                        rs -> Entry.of("kudosGiven", at(Jdbc.instant(rs, "created_at")), rs.getString("other"),
                                rs.getString("text")), id),
                jdbc.list("SELECT k.created_at, k.text, " + OTHER + " AS other FROM kudos k JOIN members m"
                        + " ON m.id = k.from_member_id LEFT JOIN people u ON u.id = m.person_id WHERE k.to_member_id = ?"
                        + " ORDER BY k.id",
                        rs -> Entry.of("kudosReceived", at(Jdbc.instant(rs, "created_at")), rs.getString("other"),
                                rs.getString("text")), id),
                jdbc.list("SELECT r.held_at FROM pairing_groups g JOIN pairing_rounds r ON r.id = g.round_id WHERE g.member_id = ?"
                        + " ORDER BY r.held_at", rs -> Entry.of("pairing", at(Jdbc.instant(rs, "held_at"))), id),
                jdbc.list("SELECT term, meaning FROM glossary_terms WHERE added_by = ? ORDER BY term_key",
                        rs -> Entry.of("glossaryTerm", rs.getString("term"), rs.getString("meaning")), id),
                jdbc.list("SELECT happened_at, event, detail FROM audit_log WHERE actor_member_id = ? OR subject_member_id = ?"
                        + " ORDER BY id", rs -> audit(at(Jdbc.instant(rs, "happened_at")),
                                AuditEvent.valueOf(rs.getString("event")), rs.getString("detail")), id, id));
    }

    /** An item's number as it is typed (`action done 1234`), not as a count ("1,234"). */
    private static String number(java.sql.ResultSet rs) throws java.sql.SQLException {
        return String.valueOf(rs.getInt("number"));
    }

    private static Word actionStatus(String status) {
        return new Word("record.action.status." + status, status);
    }

    /** The detail was stored as it was written at the time (it names what was seen), so it is shown as stored. */
    private static Entry audit(String at, AuditEvent event, String detail) {
        Word what = new Word("audit.event." + event.name(), event.words());
        return detail == null ? Entry.of("audit", at, what) : Entry.of("auditDetail", at, what, detail);
    }

    private static String at(Instant t) {
        return t == null ? "" : t.toString();
    }
}

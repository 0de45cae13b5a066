package org.partnerbot.core.store.erasure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerbot.core.erasure.Erasure;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.store.Jdbc;

public final class JdbcErasure implements Erasure {

    /** Stored text the partnership's people typed, where a mention of the erased person may stand: table, column, scope. */
    private record TextColumn(String table, String column, String scope) {
    }

    private static final List<TextColumn> TEXT = List.of(
            new TextColumn("meeting_entries", "text", "meeting_id IN (SELECT id FROM meetings WHERE partnership_id = ?)"),
            new TextColumn("meetings", "title", "partnership_id = ?"),
            new TextColumn("actions", "text", "partnership_id = ?"),
            new TextColumn("agenda_items", "text", "partnership_id = ?"),
            new TextColumn("kudos", "text", "partnership_id = ?"),
            new TextColumn("glossary_terms", "meaning", "partnership_id = ?"),
            new TextColumn("icebreaker_questions", "text", "partnership_id = ?"),
            new TextColumn("duties", "description", "partnership_id = ?"),
            new TextColumn("partnerships", "purpose", "id = ?"),
            new TextColumn("meeting_entries", "url", "meeting_id IN (SELECT id FROM meetings WHERE partnership_id = ?)"),
            new TextColumn("meeting_entry_history", "old_text", "entry_id IN (SELECT e.id FROM meeting_entries e"
                    + " JOIN meetings t ON t.id = e.meeting_id WHERE t.partnership_id = ?)"),
            new TextColumn("meeting_amendments", "text", "meeting_id IN (SELECT id FROM meetings WHERE partnership_id = ?)"),
            new TextColumn("meeting_motions", "text", "meeting_id IN (SELECT id FROM meetings WHERE partnership_id = ?)"),
            new TextColumn("meeting_motions", "result", "meeting_id IN (SELECT id FROM meetings WHERE partnership_id = ?)"),
            new TextColumn("meetings", "inquorate_reason", "partnership_id = ?"),
            new TextColumn("actions", "progress_note", "partnership_id = ?"),
            new TextColumn("actions", "closed_reason", "partnership_id = ?"));

    private final Jdbc jdbc;

    public JdbcErasure(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void pseudonymise(Member m, String workspace, int pseudonymNo) {
        long p = m.partnershipId();
        String pseudonym = "former member " + pseudonymNo;
        if (m.userKey() != null) {
            rewriteMentions(p, m.userKey(), pseudonym);
            jdbc.update("DELETE FROM reminder_outbox WHERE recipient_key = ?"
                    + " AND occurrence_id IN (SELECT id FROM reminder_occurrences WHERE partnership_id = ?)", m.userKey(), p);
        }
        jdbc.update("DELETE FROM kudos WHERE from_member_id = ? OR to_member_id = ?", m.id(), m.id());
        jdbc.update("DELETE FROM pairing_groups WHERE member_id = ?", m.id());
        jdbc.update("DELETE FROM pairing_skips WHERE member_id = ?", m.id());
        jdbc.update("DELETE FROM duty_owners WHERE member_id = ?", m.id());
        // A forgotten person speaks for no agency any more.
        jdbc.update("DELETE FROM agency_representatives WHERE member_id = ?", m.id());
        jdbc.update("UPDATE members SET person_id = NULL, agency_id = NULL, is_admin = FALSE, is_chair = FALSE,"
                + " status = 'FORGOTTEN', pseudonym_no = ? WHERE id = ?", pseudonymNo, m.id());
    }

    @Override
    public void forgetPerson(String workspace, String userKey) {
        String like = "%" + escapeLike(userKey) + "%";
        String inWorkspace = "SELECT o.id FROM reminder_occurrences o JOIN partnerships p ON p.id = o.partnership_id"
                + " WHERE p.workspace = ?";
        jdbc.update("DELETE FROM reminder_outbox WHERE recipient_key = ? AND occurrence_id IN (" + inWorkspace + ")",
                userKey, workspace);
        // Occurrence keys from before issue 12 named the person a welcome was for.
        String naming = inWorkspace + " AND o.occurrence LIKE ? ESCAPE '\\'";
        jdbc.update("DELETE FROM reminder_outbox WHERE occurrence_id IN (" + naming + ")", workspace, like);
        jdbc.update("DELETE FROM reminder_occurrences WHERE id IN (SELECT x.id FROM (" + naming + ") x)", workspace, like);
        jdbc.update("DELETE FROM conversation_refs WHERE workspace = ? AND (ref_key LIKE ? ESCAPE '\\'"
                + " OR reference LIKE ? ESCAPE '\\')", workspace, like, like);
        jdbc.update("DELETE FROM delivery_log WHERE workspace = ? AND delivery_id LIKE ? ESCAPE '\\'", workspace, like);
        // The durable inbox: input still waiting from or naming the person is dropped (nothing of it runs any more);
        // settled entries keep nothing of anyone already.
        jdbc.update("UPDATE inbox SET state = CASE WHEN state IN ('NEW', 'RUNNING') THEN 'FAILED' ELSE state END,"
                + " done_at = COALESCE(done_at, CURRENT_TIMESTAMP), input = NULL, answer = NULL, user_key = NULL,"
                + " lease_owner = NULL, lease_until = NULL WHERE workspace = ? AND (user_key = ? OR input LIKE ? ESCAPE '\\'"
                + " OR answer LIKE ? ESCAPE '\\')", workspace, userKey, like, like);
        jdbc.update("DELETE FROM person_languages WHERE workspace = ? AND user_key = ?", workspace, userKey);
        // The dashboard: their sign-in links and sessions end with them.
        jdbc.update("DELETE FROM dashboard_links WHERE workspace = ? AND user_key = ?", workspace, userKey);
        jdbc.update("DELETE FROM dashboard_sessions WHERE workspace = ? AND user_key = ?", workspace, userKey);
        jdbc.update("DELETE FROM people WHERE workspace = ? AND user_key = ?", workspace, userKey);
    }

    private void rewriteMentions(long partnershipId, String userKey, String pseudonym) {
        Pattern mention = Pattern.compile("<@" + Pattern.quote(userKey) + "(?:\\|[^>]*)?>|(?<![\\w<])@" + Pattern.quote(userKey)
                + "(?![\\p{L}\\p{N}_\\-]|\\.[\\p{L}\\p{N}])");
        String like = "%" + escapeLike(userKey) + "%";
        for (TextColumn t : TEXT) {
            record Row(long id, String text) {
            }
            List<Row> rows = jdbc.list("SELECT id, " + t.column() + " FROM " + t.table() + " WHERE " + t.scope()
                    + " AND " + t.column() + " LIKE ? ESCAPE '\\'", rs -> new Row(rs.getLong(1), rs.getString(2)),
                    partnershipId, like);
            for (Row row : rows) {
                String rewritten = mention.matcher(row.text()).replaceAll(Matcher.quoteReplacement(pseudonym));
                if (!rewritten.equals(row.text())) {
                    jdbc.update("UPDATE " + t.table() + " SET " + t.column() + " = ? WHERE id = ?", rewritten, row.id());
                }
            }
        }
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

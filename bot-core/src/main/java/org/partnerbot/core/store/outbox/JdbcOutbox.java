package org.partnerbot.core.store.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.Outbox;
import org.partnerbot.core.outbox.OutboxEntry;
import org.partnerbot.core.outbox.Recipient;
import org.partnerbot.core.store.Jdbc;

/**
 * The outbox tables. Status moves PENDING → SENDING (leased) → SENT, or back to PENDING for a retry. A lease marks
 * the outcome unknown until the sender records it, so a sender that dies mid-send leaves its message in doubt.
 */
public final class JdbcOutbox implements Outbox {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcOutbox(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Long> claim(long partnershipId, MessageKind kind, String occurrence, Long subjectId, Instant occursAt) {
        boolean seen = jdbc.one("SELECT 1 FROM reminder_occurrences WHERE partnership_id = ? AND kind = ? AND occurrence = ?",
                rs -> 1, partnershipId, kind, occurrence).isPresent();
        if (seen) {
            return Optional.empty();
        }
        // Callers hold the partnership's lock; a twin on another node that slipped past would fail on the unique key
        // here and roll its whole transaction back, so it still sends nothing.
        return Optional.of(jdbc.insert("INSERT INTO reminder_occurrences (partnership_id, kind, occurrence, subject_id,"
                + " occurs_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?)", partnershipId, kind, occurrence, subjectId, occursAt,
                clock.instant()));
    }

    @Override
    public void enqueue(long occurrenceId, Recipient recipient, Instant sendAt) {
        jdbc.insert("INSERT INTO reminder_outbox (occurrence_id, recipient_key, recipient_name, status, attempts, next_attempt_at)"
                + " VALUES (?, ?, ?, 'PENDING', 0, ?)", occurrenceId, recipient.userKey(), recipient.displayName(), sendAt);
    }

    @Override
    public void enqueueAll(long occurrenceId, List<Recipient> recipients, Instant sendAt) {
        jdbc.batch("INSERT INTO reminder_outbox (occurrence_id, recipient_key, recipient_name, status, attempts, next_attempt_at)"
                + " VALUES (?, ?, ?, 'PENDING', 0, ?)", recipients.stream()
                .map(r -> new Object[] {occurrenceId, r.userKey(), r.displayName(), sendAt}).toList());
    }

    @Override
    public Optional<Instant> lastRecorded(long partnershipId, Set<MessageKind> kinds) {
        String in = kinds.stream().map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));
        // MAX over no rows is one row holding NULL.
        return jdbc.list("SELECT MAX(recorded_at) AS last FROM reminder_occurrences WHERE partnership_id = ? AND kind IN (" + in + ")",
                rs -> Jdbc.instant(rs, "last"), partnershipId).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    public List<OutboxEntry> due(Instant now, int limit) {
        // The first `limit` of each status, read in order from ix_reminder_outbox_due_order (ordering by the status
        // too is what lets H2 use the index's order), then the first `limit` of both: the same rows as ordering every
        // due message, without reading and sorting them all each time (which made draining a long queue quadratic).
        String fetch = " FETCH FIRST " + limit + " ROWS ONLY";
        String byStatus = "SELECT id, occurrence_id, recipient_key, recipient_name, attempts, first_attempt_at, outcome_unknown,"
                + " next_attempt_at FROM reminder_outbox WHERE status = '%s' AND next_attempt_at <= ?"
                + " ORDER BY status, next_attempt_at, id" + fetch;
        return jdbc.list("SELECT o.id, r.partnership_id, r.kind, r.occurrence, r.subject_id, r.occurs_at, o.recipient_key,"
                + " o.recipient_name, o.attempts, o.first_attempt_at, o.outcome_unknown"
                + " FROM ((" + byStatus.formatted("PENDING") + ") UNION ALL (" + byStatus.formatted("SENDING") + ")) o"
                + " JOIN reminder_occurrences r ON r.id = o.occurrence_id ORDER BY o.next_attempt_at, o.id" + fetch,
                JdbcOutbox::map, now, now);
    }

    /**
     * The row is found by its id alone: written as plain conditions, the status and due time let H2 plan the lease
     * through the due-order index when the statement is first prepared on a short queue, and it keeps that plan, so
     * every later lease walked all the due messages (9 ms each with 20,000 waiting, against 0.2 ms by id). Inside a
     * CASE they are only checked on the one row.
     */
    static final String LEASE = "UPDATE reminder_outbox SET status = 'SENDING', next_attempt_at = ?, leased_by = ?,"
            + " first_attempt_at = COALESCE(first_attempt_at, ?), outcome_unknown = TRUE WHERE id = ?"
            + " AND CASE WHEN status IN ('PENDING', 'SENDING') AND next_attempt_at <= ? THEN TRUE ELSE FALSE END";

    @Override
    public boolean lease(long entryId, String owner, Instant now, Instant until) {
        return jdbc.update(LEASE, until, owner, now, entryId, now) == 1;
    }

    @Override
    public int releaseLeasesNotHeldBy(Set<String> live, Instant now) {
        if (live.isEmpty()) {
            return 0;
        }
        String in = String.join(", ", java.util.Collections.nCopies(live.size(), "?"));
        // Due at once: in whole milliseconds, as the database may round finer digits up, past "now".
        Instant due = now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        List<Object> params = new java.util.ArrayList<>(List.of(due, "lease of a stopped node released", now));
        params.addAll(live);
        // Counted as an attempt: the stopped node may have sent it just before it died.
        return jdbc.update("UPDATE reminder_outbox SET status = 'PENDING', next_attempt_at = ?, attempts = attempts + 1,"
                + " last_error = ? WHERE status = 'SENDING' AND next_attempt_at > ? AND leased_by IS NOT NULL"
                + " AND leased_by NOT IN (" + in + ")", params.toArray());
    }

    @Override
    public void markSent(long entryId, Instant at) {
        jdbc.update("UPDATE reminder_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1 WHERE id = ?", at, entryId);
    }

    @Override
    public void retryLater(long entryId, int attempts, Instant next, String error, boolean outcomeUnknown) {
        jdbc.update("UPDATE reminder_outbox SET status = 'PENDING', attempts = ?, next_attempt_at = ?, last_error = ?,"
                + " outcome_unknown = ? WHERE id = ?", attempts, next, abbreviate(error), outcomeUnknown, entryId);
    }

    @Override
    public void markFailed(long entryId, int attempts, String error) {
        jdbc.update("UPDATE reminder_outbox SET status = 'FAILED', attempts = ?, last_error = ? WHERE id = ?",
                attempts, abbreviate(error), entryId);
    }

    @Override
    public void markObsolete(long entryId, Instant at) {
        jdbc.update("UPDATE reminder_outbox SET status = 'OBSOLETE', sent_at = ? WHERE id = ?", at, entryId);
    }

    @Override
    public int forgetSettledBefore(Instant before) {
        // A message given up (FAILED) has no sent_at: its last attempt's time stands in.
        int messages = jdbc.update("DELETE FROM reminder_outbox WHERE status IN ('SENT', 'OBSOLETE', 'FAILED')"
                + " AND COALESCE(sent_at, next_attempt_at) < ?", before);
        jdbc.update("DELETE FROM reminder_occurrences WHERE recorded_at < ? AND NOT EXISTS"
                + " (SELECT 1 FROM reminder_outbox o WHERE o.occurrence_id = reminder_occurrences.id)", before);
        return messages;
    }

    @Override
    public Map<String, Integer> countByStatus(long partnershipId) {
        Map<String, Integer> out = new LinkedHashMap<>();
        jdbc.list("SELECT o.status, COUNT(*) AS n FROM reminder_outbox o JOIN reminder_occurrences r ON r.id = o.occurrence_id"
                + " WHERE r.partnership_id = ? GROUP BY o.status ORDER BY o.status", rs -> out.put(rs.getString(1), rs.getInt(2)),
                partnershipId);
        return out;
    }

    private static OutboxEntry map(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getLong("id"), rs.getLong("partnership_id"), MessageKind.valueOf(rs.getString("kind")),
                rs.getString("occurrence"), Jdbc.nullableLong(rs, "subject_id"), Jdbc.instant(rs, "occurs_at"),
                new Recipient(rs.getString("recipient_key"), rs.getString("recipient_name")), rs.getInt("attempts"),
                Jdbc.instant(rs, "first_attempt_at"), rs.getBoolean("outcome_unknown"));
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }
}

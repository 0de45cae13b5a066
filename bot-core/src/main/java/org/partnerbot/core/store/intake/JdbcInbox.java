package org.partnerbot.core.store.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnerbot.core.intake.Arrival;
import org.partnerbot.core.intake.Inbox;
import org.partnerbot.core.intake.InboxEntry;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.store.Jdbc;

/**
 * The inbox ({@code inbox}) and the log of deliveries that had their effect ({@code delivery_log}), in the caller's
 * transaction. An entry moves NEW → RUNNING (leased) → DONE or FAILED; settling it clears what it kept of the input.
 */
public final class JdbcInbox implements Inbox {

    /** Candidates tried per take; the first whose lease can be taken wins. */
    private static final int CANDIDATES = 8;
    /**
     * Waiting entries read by a take's first page: the oldest open one nearly always wins, so reading a page of 256
     * for every take (as before) was a tenth of the process's CPU under a burst. Each later page is four times the
     * last, up to {@link #PAGE}.
     */
    private static final int FIRST_PAGE = 8;
    /** Waiting entries read at most per page of a take's walk. */
    private static final int PAGE = 256;

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcInbox(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean takeIn(String workspace, String deliveryId) {
        // A twin delivery on another thread or node waits on the row lock, then sees the duplicate.
        return jdbc.insertUnlessDuplicate("INSERT INTO delivery_log (workspace, delivery_id, seen_at) VALUES (?, ?, ?)",
                workspace, deliveryId, clock.instant());
    }

    @Override
    public boolean accept(Arrival a, Instant at) {
        return jdbc.insertUnlessDuplicate("INSERT INTO inbox (dedup_key, platform, workspace, conversation, user_key, kind,"
                + " input, state, attempts, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'NEW', 0, ?)",
                a.key(), a.platform(), a.workspace(), a.conversation(), a.userKey(), a.kind(), a.input(), at);
    }

    @Override
    public Optional<InboxEntry> acceptTaken(Arrival a, Instant at, String owner, Instant until) {
        boolean fresh = jdbc.insertUnlessDuplicate("INSERT INTO inbox (dedup_key, platform, workspace, conversation, user_key,"
                + " kind, input, state, attempts, lease_owner, lease_until, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'RUNNING', 1,"
                + " ?, ?, ?)", a.key(), a.platform(), a.workspace(), a.conversation(), a.userKey(), a.kind(), a.input(), owner,
                until, at);
        return fresh ? jdbc.one("SELECT id, dedup_key, platform, workspace, conversation, user_key, kind, input, answer,"
                + " attempts FROM inbox WHERE dedup_key = ?", JdbcInbox::entry, a.key()) : Optional.empty();
    }

    @Override
    public int backlog() {
        return jdbc.one("SELECT COUNT(*) FROM inbox WHERE state IN ('NEW', 'RUNNING')", rs -> rs.getInt(1)).orElse(0);
    }

    @Override
    public Optional<InboxEntry> take(Set<String> platforms, String owner, Instant until) {
        if (platforms.isEmpty()) {
            return Optional.empty();
        }
        String in = String.join(", ", Collections.nCopies(platforms.size(), "?"));
        List<Object> params = new ArrayList<>(platforms);
        // Oldest first, and only the first open entry of its conversation: the order people said things in is kept.
        // The waiting entries are walked in order, a page at a time, and the first of each conversation with nothing
        // under way is a candidate (an earlier waiting one of that conversation would have come first in the walk).
        // A NOT EXISTS per waiting entry did the same but cost a probe each: ~100 ms a take at a backlog of 2,000,
        // which is what workers burned the acks' CPU on. The lease's own guard re-checks the order row by row.
        Set<String> underWay = new HashSet<>(jdbc.list("SELECT DISTINCT conversation FROM inbox WHERE state = 'RUNNING'",
                rs -> rs.getString(1)));
        String busy = underWay.isEmpty() ? ""
                : " AND conversation NOT IN (" + String.join(", ", Collections.nCopies(underWay.size(), "?")) + ")";
        params.addAll(underWay);
        Set<String> seen = new HashSet<>();
        long after = -1;
        int size = FIRST_PAGE;
        while (true) {
            List<Object> page = new ArrayList<>(params);
            page.add(after);
            List<Waiting> waiting = jdbc.list("SELECT id, conversation FROM inbox WHERE state = 'NEW' AND platform IN (" + in
                    + ")" + busy + " AND id > ? ORDER BY state, id FETCH FIRST " + size + " ROWS ONLY",
                    rs -> new Waiting(rs.getLong(1), rs.getString(2)), page.toArray());
            int tried = 0;
            for (Waiting w : waiting) {
                after = w.id();
                if (!seen.add(w.conversation())) {
                    continue;
                }
                Optional<InboxEntry> taken = lease(w, owner, until);
                if (taken.isPresent() || ++tried >= CANDIDATES) {
                    return taken;
                }
            }
            if (waiting.size() < size) {
                return Optional.empty();
            }
            size = Math.min(size * 4, PAGE);
        }
    }

    private record Waiting(long id, String conversation) {
    }

    /** Takes one waiting entry, unless another node took it or an earlier one of its conversation is open meanwhile. */
    private Optional<InboxEntry> lease(Waiting w, String owner, Instant until) {
        // One probe per state: with "state IN (…) AND id < ?" H2 reads every open row rather than a range of each.
        int taken = jdbc.update("UPDATE inbox SET state = 'RUNNING', attempts = attempts + 1, lease_owner = ?,"
                + " lease_until = ? WHERE id = ? AND state = 'NEW'"
                + " AND NOT EXISTS (SELECT 1 FROM inbox e WHERE e.state = 'NEW' AND e.id < ? AND e.conversation = ?)"
                + " AND NOT EXISTS (SELECT 1 FROM inbox e WHERE e.state = 'RUNNING' AND e.id < ? AND e.conversation = ?)",
                owner, until, w.id(), w.id(), w.conversation(), w.id(), w.conversation());
        return taken == 1 ? jdbc.one("SELECT id, dedup_key, platform, workspace, conversation, user_key, kind, input, answer,"
                + " attempts FROM inbox WHERE id = ?", JdbcInbox::entry, w.id()) : Optional.empty();
    }

    @Override
    public void answered(String key, Reply reply) {
        jdbc.update("UPDATE inbox SET answer = ? WHERE dedup_key = ?", StoredReplies.write(reply), key);
    }

    @Override
    public void done(long id, Instant at, boolean failed) {
        jdbc.update("UPDATE inbox SET state = ?, done_at = ?, input = NULL, answer = NULL, user_key = NULL,"
                + " lease_owner = NULL, lease_until = NULL WHERE id = ?", failed ? "FAILED" : "DONE", at, id);
    }

    @Override
    public int release(Set<String> live, Instant now) {
        if (live == null) {
            return jdbc.update("UPDATE inbox SET state = 'NEW', lease_owner = NULL, lease_until = NULL"
                    + " WHERE state = 'RUNNING' AND lease_until < ?", now);
        }
        if (live.isEmpty()) {
            return jdbc.update("UPDATE inbox SET state = 'NEW', lease_owner = NULL, lease_until = NULL WHERE state = 'RUNNING'");
        }
        String in = String.join(", ", Collections.nCopies(live.size(), "?"));
        List<Object> params = new ArrayList<>(List.of(now));
        params.addAll(live);
        return jdbc.update("UPDATE inbox SET state = 'NEW', lease_owner = NULL, lease_until = NULL WHERE state = 'RUNNING'"
                + " AND (lease_until < ? OR lease_owner NOT IN (" + in + "))", params.toArray());
    }

    @Override
    public int forgetSettledBefore(Instant before) {
        return jdbc.update("DELETE FROM inbox WHERE state IN ('DONE', 'FAILED') AND done_at < ?", before);
    }

    @Override
    public int forget(String workspace, String userKey) {
        return jdbc.update("UPDATE inbox SET state = 'FAILED', done_at = ?, input = NULL, answer = NULL, user_key = NULL,"
                + " lease_owner = NULL, lease_until = NULL WHERE state IN ('NEW', 'RUNNING') AND workspace = ? AND user_key = ?",
                clock.instant(), workspace,
                userKey);
    }

    private static InboxEntry entry(ResultSet rs) throws SQLException {
        Arrival arrival = new Arrival(rs.getString("dedup_key"), rs.getString("platform"), rs.getString("workspace"),
                rs.getString("conversation"), rs.getString("user_key"), rs.getString("kind"), rs.getString("input"));
        String answer = rs.getString("answer");
        return new InboxEntry(rs.getLong("id"), arrival, rs.getInt("attempts"),
                answer == null ? Optional.empty() : Optional.of(StoredReplies.read(answer)));
    }
}

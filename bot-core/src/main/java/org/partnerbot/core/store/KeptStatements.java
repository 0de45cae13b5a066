package org.partnerbot.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Prepared statements kept open on each physical connection of the pool, for statements the database would otherwise
 * parse again on every use: H2 keeps no parsed {@code SELECT ... FOR UPDATE} in its query cache, and the partnership's
 * lock is taken by every command, so its parse was a tenth of a command's time. The pool never sees these statements
 * (they are prepared on the connection it wraps), so it does not close them when a connection goes back; they go with
 * their connection, forgotten once it is found closed (the pool closes a connection when its lifetime ends). A connection is used by one thread at a time (the
 * transaction's), so a kept statement is never run twice at once.
 */
final class KeptStatements {

    private final Map<Connection, Map<String, PreparedStatement>> byConnection = new HashMap<>();

    /** The statement for this SQL on the physical connection under {@code pooled}; the caller must not close it. */
    PreparedStatement on(Connection pooled, String sql) throws SQLException {
        Connection physical = pooled.isWrapperFor(Connection.class) ? pooled.unwrap(Connection.class) : pooled;
        Map<String, PreparedStatement> kept;
        synchronized (byConnection) {
            kept = byConnection.get(physical);
            if (kept == null) {
                forgetClosedConnections();
                kept = new HashMap<>();
                byConnection.put(physical, kept);
            }
        }
        PreparedStatement ps = kept.get(sql);
        if (ps == null || ps.isClosed()) {
            ps = physical.prepareStatement(sql);
            kept.put(sql, ps);
        }
        ps.clearParameters();
        return ps;
    }

    /** The pool replaces connections (their lifetime ends): what was kept on a closed one goes with it. */
    private void forgetClosedConnections() {
        byConnection.keySet().removeIf(c -> {
            try {
                return c.isClosed();
            } catch (SQLException e) {
                return true;
            }
        });
    }

    /** How many physical connections have statements kept (for tests). */
    int connections() {
        synchronized (byConnection) {
            return byConnection.size();
        }
    }
}

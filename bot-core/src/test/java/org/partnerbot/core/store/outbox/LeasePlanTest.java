package org.partnerbot.core.store.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.store.Database;
import org.partnerbot.core.testing.TestDatabases;

/**
 * The sender leases every message it tries, and H2 keeps a statement's plan from its first use: planned on an empty
 * outbox (as the first lease after start-up is), the lease must still go to its row by id, or each lease of a burst of
 * 10,000 agenda calls walks all the due ones.
 */
class LeasePlanTest {

    @Test
    void aLeasePlannedOnAnEmptyOutboxFindsItsMessageByIdAlone() throws SQLException {
        Database db = TestDatabases.inMemory();
        try (Connection c = db.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement("EXPLAIN " + JdbcOutbox.LEASE)) {
            OffsetDateTime now = OffsetDateTime.parse("2026-11-30T10:00:00Z");
            ps.setObject(1, now.plusMinutes(5));
            ps.setString(2, "node-1");
            ps.setObject(3, now);
            ps.setLong(4, 7);
            ps.setObject(5, now);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1).toUpperCase()).containsPattern("/\\* PUBLIC\\.PRIMARY_KEY_[A-Z0-9]+: ID = \\?4 \\*/");
            }
        } finally {
            db.close();
        }
    }
}

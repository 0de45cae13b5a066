package org.partnerbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.testing.TestDatabases;

/**
 * A partnership's database from an earlier release opens with this one. Migrations are written on branches that merge
 * in any order, so a new one can carry a lower number than one a running database already has (V81, written after
 * V90 had shipped): Flyway refuses such a database unless it may apply migrations out of order.
 */
class UpgradeTest {

    @Test
    void aDatabaseThatHadNotYetAppliedALowerNumberedMigrationOpensAndGetsIt(@TempDir Path dir) throws SQLException {
        String url = TestDatabases.fileUrl(dir);
        Database.open(url, "sa", "").close();
        // Put it back as the release before V81 left it: V90 applied, V81 not, and the indexes V81 drops still there.
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '81'");
            s.execute("CREATE INDEX ix_inbox_conversation ON inbox (conversation, id)");
            s.execute("CREATE INDEX ix_inbox_done_at ON inbox (done_at)");
            s.execute("CREATE INDEX ix_inbox_user ON inbox (workspace, user_key)");
        }

        Database.open(url, "sa", "").close();

        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '81' AND \"success\""))
                    .isEqualTo(1);
            assertThat(count(s, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME LIKE 'IX_INBOX_%'"
                    + " AND INDEX_NAME IN ('IX_INBOX_CONVERSATION', 'IX_INBOX_DONE_AT', 'IX_INBOX_USER')")).isZero();
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

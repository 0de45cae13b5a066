package org.partnerbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.testing.TestDatabases;

/** A unit of work is one COMMIT on the database (no empty second one when auto-commit is restored), and still all or nothing. */
class OneCommitTest {

    @Test
    void aUnitOfWorkCommitsOnceAndItsWriteIsKept(@TempDir Path dir) throws SQLException {
        try (Database db = Database.open(TestDatabases.fileUrl(dir), "sa", "")) {
            JdbcTransactions tx = new JdbcTransactions(db.dataSource());
            execute(db, "CREATE TABLE one_commit (id INT PRIMARY KEY)");
            execute(db, "SET QUERY_STATISTICS TRUE");
            tx.run(() -> update(tx, "INSERT INTO one_commit VALUES (1)"));
            tx.run(() -> update(tx, "INSERT INTO one_commit VALUES (2)"));
            assertThat(commits(db)).isEqualTo(2);
            assertThat(count(db)).isEqualTo(2);
        }
    }

    @Test
    void aFailedUnitOfWorkLeavesNothingAndTheConnectionAutoCommitsAgain(@TempDir Path dir) throws SQLException {
        try (Database db = Database.open(TestDatabases.fileUrl(dir), "sa", "")) {
            JdbcTransactions tx = new JdbcTransactions(db.dataSource());
            execute(db, "CREATE TABLE one_commit (id INT PRIMARY KEY)");
            assertThatThrownBy(() -> tx.run(() -> {
                update(tx, "INSERT INTO one_commit VALUES (1)");
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(count(db)).isZero();
            try (Connection c = db.dataSource().getConnection()) {
                assertThat(c.getAutoCommit()).isTrue();
            }
        }
    }

    private static void update(JdbcTransactions tx, String sql) {
        try (Statement s = tx.connection().createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(Database db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM one_commit")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long commits(Database db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
                     + " WHERE TRIM(SQL_STATEMENT) = 'COMMIT'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

package org.partnerbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.testing.TestDatabases;

/** The pool's H2 connections keep a whole command's statements parsed, not H2's default last eight. */
class StatementCacheTest {

    @Test
    void pooledConnectionsKeepMoreThanACommandsStatementsParsed(@TempDir Path dir) throws SQLException {
        try (Database db = Database.open(TestDatabases.fileUrl(dir), "sa", "");
             Connection c = db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'")) {
            assertThat(rs.next()).isTrue();
            assertThat(Integer.parseInt(rs.getString(1))).isEqualTo(Database.PARSED_STATEMENTS_KEPT).isGreaterThan(8);
        }
    }

    @Test
    void aUrlThatSetsItsOwnCacheSizeKeepsIt() {
        assertThat(Database.parsedOnce("jdbc:h2:file:./d;QUERY_CACHE_SIZE=4")).isEqualTo("jdbc:h2:file:./d;QUERY_CACHE_SIZE=4");
        assertThat(Database.parsedOnce("jdbc:postgresql://localhost/p")).isEqualTo("jdbc:postgresql://localhost/p");
    }
}

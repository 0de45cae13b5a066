package org.partnerbot.config.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * H2's own count of the statements run (its query statistics), for figures the machine's load does not change:
 * statements and commits per command.
 */
final class H2Statements {

    record Count(long statements, long commits) {
    }

    private final DataSource dataSource;

    private H2Statements(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Counts from now on (H2 keeps statistics for the whole database, every connection). */
    static H2Statements start(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 10000");
            s.execute("SET QUERY_STATISTICS TRUE");
        }
        return new H2Statements(dataSource);
    }

    /** What ran since {@link #start}; counting stops (this query itself is not counted). */
    Count stop() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long statements = 0;
            long commits = 0;
            try (ResultSet rs = s.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                while (rs.next()) {
                    String sql = rs.getString(1).strip();
                    if (sql.startsWith("SET QUERY_STATISTICS") || sql.contains("INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                        continue;
                    }
                    statements += rs.getLong(2);
                    if (Boolean.getBoolean("bench.statements")) { // -Dbench.statements=true: which statements, how often
                        System.out.println("STATEMENT " + rs.getLong(2) + " " + sql.replaceAll("\\s+", " "));
                    }
                    if (sql.equalsIgnoreCase("COMMIT")) {
                        commits += rs.getLong(2);
                    }
                }
            }
            s.execute("SET QUERY_STATISTICS FALSE");
            return new Count(statements, commits);
        }
    }
}

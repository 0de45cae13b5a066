package org.partnerbot.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A lock statement is kept prepared on the pool's physical connection: the same one each time a pooled connection
 * wraps it, never closed when the pooled connection goes back, prepared anew on the connection that replaces a closed
 * one, and forgotten with the closed one.
 */
class KeptStatementsTest {

    private static final String LOCK = "SELECT id FROM things WHERE id = ? FOR UPDATE";

    @Test
    void theStatementOutlivesThePooledConnectionAndIsPreparedAgainOnANewOne() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:kept;DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(1);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE things (id BIGINT PRIMARY KEY)");
                s.execute("INSERT INTO things VALUES (7)");
            }
            KeptStatements kept = new KeptStatements();
            PreparedStatement first;
            try (Connection c = pool.getConnection()) {
                first = kept.on(c, LOCK);
                assertThat(idLocked(first, 7)).isTrue();
            }
            assertThat(first.isClosed()).as("the pool does not close what it never saw").isFalse();
            Connection physical;
            try (Connection c = pool.getConnection()) {
                physical = c.unwrap(Connection.class);
                PreparedStatement again = kept.on(c, LOCK);
                assertThat(again).isSameAs(first);
                assertThat(idLocked(again, 8)).as("parameters are its caller's, not the last one's").isFalse();
            }
            pool.getHikariPoolMXBean().softEvictConnections(); // as when a connection's lifetime ends: the pool closes it
            for (int i = 0; i < 500 && !physical.isClosed(); i++) { // the pool closes it on a thread of its own
                sleep();
            }
            assertThat(physical.isClosed()).isTrue();
            try (Connection c = pool.getConnection()) {
                PreparedStatement fresh = kept.on(c, LOCK);
                assertThat(fresh).isNotSameAs(first);
                assertThat(idLocked(fresh, 7)).isTrue();
            }
            assertThat(kept.connections()).as("the closed connection is forgotten").isEqualTo(1);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean idLocked(PreparedStatement ps, long id) throws SQLException {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }
}

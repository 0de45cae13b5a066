package org.partnerbot.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.partnerbot.core.transaction.Transactions;

/** One connection per unit of work, bound to the thread; commit on success, roll back on any failure. */
public final class JdbcTransactions implements Transactions {

    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    public JdbcTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            current.set(c);
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                current.remove();
                rollbackQuietly(c, e);
                restoreAutoCommitQuietly(c, e);
                throw e;
            }
            current.remove();
            // Turning auto-commit back on commits the transaction (JDBC's rule, H2's and PostgreSQL's drivers alike):
            // one COMMIT. A commit() before it would make H2 send a second, empty COMMIT here, one per unit of work.
            try {
                c.setAutoCommit(true);
            } catch (SQLException e) {
                rollbackQuietly(c, e);
                restoreAutoCommitQuietly(c, e);
                throw e;
            }
            return result;
        } catch (SQLException e) {
            throw new DataAccessException("transaction failed", e);
        }
    }

    /** The connection of the unit of work under way on this thread. */
    Connection connection() {
        Connection c = current.get();
        if (c == null) {
            throw new IllegalStateException("repository used outside a transaction");
        }
        return c;
    }

    private static void restoreAutoCommitQuietly(Connection c, Throwable cause) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}

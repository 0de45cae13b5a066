package org.partnerbot.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Thin helper over plain JDBC on the current transaction's connection. */
public final class Jdbc {

    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static final int BATCH = 500;
    private final JdbcTransactions transactions;
    private final KeptStatements kept = new KeptStatements();

    public Jdbc(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    public <T> List<T> list(String sql, Row<T> row, Object... params) {
        try (PreparedStatement ps = prepare(sql, false, params); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    /**
     * The row a {@code SELECT ... FOR UPDATE} finds, locked until the transaction ends. Its statement is kept prepared
     * on the connection ({@link KeptStatements}): a lock is taken by every command, and H2 parses such a statement
     * again on every prepare.
     */
    public <T> Optional<T> locking(String sql, Row<T> row, Object... params) {
        try {
            PreparedStatement ps = kept.on(transactions.connection(), sql);
            for (int i = 0; i < params.length; i++) {
                bind(ps, i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row.map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> all = list(sql, row, params);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    public int update(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, false, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    /** Runs one statement for many rows in JDBC batches: thousands of rows in a few round trips. */
    public void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = transactions.connection().prepareStatement(sql)) {
            int n = 0;
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    bind(ps, i + 1, row[i]);
                }
                ps.addBatch();
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    /** Inserts a row and returns its generated {@code id}. */
    public long insert(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, true, params)) {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new DataAccessException("no generated key: " + sql, null);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    /**
     * Inserts a row unless one with the same key exists or is being inserted by a concurrent transaction (on
     * another thread or node): false then, and the surrounding transaction carries on unharmed.
     */
    public boolean insertUnlessDuplicate(String sql, Object... params) {
        Connection c = transactions.connection();
        try {
            Savepoint before = c.setSavepoint();
            try (PreparedStatement ps = prepare(sql, false, params)) {
                ps.executeUpdate();
                c.releaseSavepoint(before);
                return true;
            } catch (SQLException e) {
                if (isDuplicate(e)) {
                    c.rollback(before);
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessException(sql, e);
        }
    }

    private static boolean isDuplicate(SQLException e) {
        String state = e.getSQLState();
        // 23505: unique violation (H2 and PostgreSQL); HYT00: H2 gave up waiting for the twin's row lock.
        return "23505".equals(state) || "HYT00".equals(state);
    }

    /** The next short number of a per-partnership sequence; safe because commands hold the partnership lock. */
    public int nextNumber(String table, long partnershipId) {
        return one("SELECT " + nextNumberOf(table), rs -> rs.getInt(1), partnershipId).orElse(1);
    }

    /**
     * The expression of a per-partnership sequence's next number, with one parameter (the partnership): the last
     * number read backwards off the {@code (partnership_id, number)} unique index, one entry read however long the
     * partnership's history. ({@code MAX(number)} under a {@code WHERE} reads every number the partnership ever had: H2
     * does not take the maximum from the index then.)
     */
    public static String nextNumberOf(String table) {
        return "COALESCE((SELECT number FROM " + table + " WHERE partnership_id = ? ORDER BY partnership_id DESC, number DESC"
                + " FETCH FIRST ROW ONLY), 0) + 1";
    }

    private PreparedStatement prepare(String sql, boolean keys, Object... params) throws SQLException {
        Connection c = transactions.connection();
        PreparedStatement ps = keys ? c.prepareStatement(sql, new String[] {"id"}) : c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            bind(ps, i + 1, params[i]);
        }
        return ps;
    }

    private static void bind(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.NULL);
        } else if (v instanceof Instant t) {
            ps.setObject(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
        } else if (v instanceof LocalDate d) {
            ps.setObject(i, d);
        } else if (v instanceof ZoneId z) {
            ps.setString(i, z.getId());
        } else if (v instanceof Enum<?> e) {
            ps.setString(i, e.name());
        } else {
            ps.setObject(i, v);
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static ZoneId zone(ResultSet rs, String column) throws SQLException {
        String z = rs.getString(column);
        return z == null ? null : ZoneId.of(z);
    }
}

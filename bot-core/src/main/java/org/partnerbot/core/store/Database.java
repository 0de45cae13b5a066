package org.partnerbot.core.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The application's pool and schema. H2 file databases are opened so a committed change survives a kill. */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static Database open(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(closedByApplication(interruptSafe(durable(url))));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(10);
        config.setAutoCommit(true);
        config.setPoolName("partnerbot");
        HikariDataSource ds = new HikariDataSource(config);
        try {
            // Portable SQL in db/migration; vendor DDL (Quartz's own tables) in db/vendor/h2 or db/vendor/postgresql.
            // ({vendor} in a location is a Spring Boot feature, not Flyway's: the vendor is named here instead.)
            Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/" + vendor(url))
                    .load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new Database(ds);
    }

    /**
     * Quartz interrupts its own threads when it shuts down, and an interrupted write on a plain H2 file closes
     * the whole database. H2's {@code async:} file system is not closed by interrupts; same file, same format.
     */
    static String interruptSafe(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return url;
        }
        String rest = url.substring("jdbc:h2:".length());
        String lower = rest.toLowerCase(java.util.Locale.ROOT);
        boolean otherScheme = lower.matches("^[a-z][a-z0-9]+:.*") && !lower.startsWith("file:");
        return otherScheme ? url : "jdbc:h2:async:" + rest;
    }

    /**
     * H2 closes its databases from a JVM shutdown hook of its own, which runs alongside the application's: on SIGTERM
     * the database was gone while Quartz, running jobs and queued Slack answers still used it (errors and stack traces
     * on every stop, a job's work lost). The application closes the pool last in its own shutdown, and H2 closes the
     * database with the pool's last connection, so its hook is turned off unless the URL says otherwise.
     */
    static String closedByApplication(String url) {
        if (url.startsWith("jdbc:h2:") && !url.toUpperCase(java.util.Locale.ROOT).contains("DB_CLOSE_ON_EXIT")) {
            return url + ";DB_CLOSE_ON_EXIT=FALSE";
        }
        return url;
    }

    /** The folder of vendor-specific migrations for a JDBC URL. */
    static String vendor(String url) {
        return url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
    }

    /** H2 batches commits for up to a second by default; a reply must mean the change is on disk. */
    static String durable(String url) {
        if (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
                && !url.toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY")) {
            return url + ";WRITE_DELAY=0";
        }
        return url;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Whether no other process can have this database open: an H2 file (locked by the process that opened it) or
     * memory database, not a server one. Work such a database shows under way at start-up was left by a process that
     * is gone.
     */
    public boolean soleProcess() {
        String url = dataSource.getJdbcUrl().toLowerCase(java.util.Locale.ROOT);
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")
                && !url.contains("auto_server=true");
    }

    public boolean isPostgres() {
        return dataSource.getJdbcUrl().startsWith("jdbc:postgresql:");
    }

    @Override
    public void close() {
        dataSource.close();
    }
}

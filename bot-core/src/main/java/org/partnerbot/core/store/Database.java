package org.partnerbot.core.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's pool and schema. H2 file databases are opened so a committed change survives a kill, in a
 * directory only the bot's own user can enter (and files only it can read), optionally encrypted with a file password.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final HikariDataSource dataSource;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static Database open(String url, String user, String password) {
        return open(url, user, password, null);
    }

    /**
     * @param filePassword when not null, H2's file encryption ({@code CIPHER=AES}) with this password: the files are
     *                     unreadable without it, and lost with it. Only for H2 file databases.
     */
    public static Database open(String url, String user, String password, String filePassword) {
        Optional<Path> file = h2File(url);
        if (filePassword != null && file.isEmpty()) {
            throw new IllegalArgumentException("a file password encrypts H2 database files; " + url.split(";")[0]
                    + " is not one");
        }
        file.ifPresent(Database::ownerOnlyDirectory);
        HikariConfig config = new HikariConfig();
        String jdbcUrl = closedByApplication(interruptSafe(durable(parsedOnce(quietFiles(url)))));
        config.setJdbcUrl(filePassword == null ? jdbcUrl : jdbcUrl + ";CIPHER=AES");
        config.setUsername(user);
        // H2 takes the file password and the user's password together, separated by a space.
        config.setPassword(filePassword == null ? password : filePassword + " " + (password == null ? "" : password));
        config.setMaximumPoolSize(10);
        config.setAutoCommit(true);
        config.setPoolName("partnerbot");
        HikariDataSource ds = new HikariDataSource(config);
        try {
            // Portable SQL in db/migration; vendor DDL (Quartz's own tables) in db/vendor/h2 or db/vendor/postgresql.
            // ({vendor} in a location is a Spring Boot feature, not Flyway's: the vendor is named here instead.)
            // Out of order: migrations are written on branches that merge in any order, so one can arrive with a lower
            // number than a database has already applied (V81 after V90); Flyway would refuse to open such a database.
            Flyway.configure().dataSource(ds).locations("classpath:db/migration", "classpath:db/vendor/" + vendor(url))
                    .outOfOrder(true).load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        file.ifPresent(Database::ownerOnlyFiles);
        return new Database(ds);
    }

    /** The database file's path (without H2's suffix) for an H2 file URL; empty for memory and other databases. */
    static Optional<Path> h2File(String url) {
        if (!url.startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String rest = url.substring("jdbc:h2:".length()).split(";")[0];
        for (String fileSystem : new String[] {"async:", "nio:", "file:"}) {
            if (rest.toLowerCase(Locale.ROOT).startsWith(fileSystem)) {
                rest = rest.substring(fileSystem.length());
            }
        }
        if (rest.toLowerCase(Locale.ROOT).matches("^[a-z][a-z0-9]+:.*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip: — not a file this process owns
        }
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        return Optional.of(Path.of(rest).toAbsolutePath());
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /**
     * The folder the H2 files live in is made only the bot's user may enter (when the bot creates it), so no file H2
     * writes there later (a trace, a temporary file) can be read by anyone else, whatever the process's umask.
     */
    private static void ownerOnlyDirectory(Path file) {
        Path dir = file.getParent();
        try {
            if (!Files.exists(dir)) {
                if (posix()) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
                    Files.setPosixFilePermissions(dir, OWNER_ONLY_DIRECTORY); // createDirectories obeys the umask
                } else {
                    Files.createDirectories(dir);
                }
            } else if (posix() && !Files.getPosixFilePermissions(dir).stream().allMatch(p -> p.name().startsWith("OWNER"))) {
                log.warn("the database folder {} can be entered by other users: its files are made owner-only, but make the"
                        + " folder so too (chmod 700)", dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + dir, e);
        }
    }

    /** Every file of this database (data, lock, trace, temporary) readable and writable by the bot's user only. */
    private static void ownerOnlyFiles(Path file) {
        if (!posix()) {
            return;
        }
        String prefix = file.getFileName().toString() + ".";
        try (Stream<Path> files = Files.list(file.getParent())) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                Files.setPosixFilePermissions(f, OWNER_ONLY_FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the database files owner-only in " + file.getParent(), e);
        }
    }

    /**
     * H2 writes errors (with the statements behind them) to a {@code .trace.db} file next to the data by default:
     * personal data would end up in a file nobody reads or rotates. Errors reach the application's own log instead.
     */
    static String quietFiles(String url) {
        if (url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains("TRACE_LEVEL_FILE")) {
            return url + ";TRACE_LEVEL_FILE=0";
        }
        return url;
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

    /**
     * H2 keeps the parsed form of only the last 8 statements of each connection by default, and a command runs more
     * different ones than that (intake, membership, the partnership's lock, its capability's own, the audit), so
     * each was parsed again every time: a quarter of an agenda call's time. 256 holds every statement the bot has.
     */
    static String parsedOnce(String url) {
        if (url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains("QUERY_CACHE_SIZE")) {
            return url + ";QUERY_CACHE_SIZE=" + PARSED_STATEMENTS_KEPT;
        }
        return url;
    }

    static final int PARSED_STATEMENTS_KEPT = 256;

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

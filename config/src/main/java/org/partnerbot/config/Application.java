package org.partnerbot.config;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.partnerbot.config.console.ConsoleMode;
import org.partnerbot.config.console.ConsoleOutput;
import org.partnerbot.config.dashboard.DashboardRoutes;
import org.partnerbot.config.http.CalendarHandler;
import org.partnerbot.config.http.HealthHandler;
import org.partnerbot.config.http.HttpListener;
import org.partnerbot.config.metrics.Metrics;
import org.partnerbot.config.metrics.MetricsHandler;
import org.partnerbot.core.bot.PartnerBot;
import org.partnerbot.core.reminders.quartz.QuartzTimers;
import org.partnerbot.core.store.Database;
import org.partnerbot.core.wiring.Assembly;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.core.wiring.ScheduleModule;
import org.partnerbot.slack.SlackAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Everything wired together: database, core, HTTP listener and the adapters whose settings are present. */
public final class Application implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Application.class);

    private final CoreModule core;
    private final Metrics metrics;
    private final RoutingMessenger messenger;
    private final HttpListener listener;
    /** {@code /healthz} and {@code /metrics}, on its own pool (loopback unless PARTNERBOT_MANAGEMENT_HOST says not). */
    private HttpListener management;
    private final ConsoleMode console;
    /** Slack, when configured; closed first so its queued work finishes while the database is still open. */
    private SlackAdapter slack;
    /** Quartz and the reminder outbox; started last (adapters registered), stopped first (no send mid-shutdown). */
    private ScheduleModule scheduling;

    private Application(CoreModule core, Metrics metrics, RoutingMessenger messenger, HttpListener listener,
                        ConsoleMode console) {
        this.core = core;
        this.metrics = metrics;
        this.messenger = messenger;
        this.listener = listener;
        this.console = console;
    }

    public static Application start(Settings settings, boolean consoleMode, PrintStream out) {
        if (consoleMode) {
            quietCommandLog();
        }
        AtomicReference<HttpListener> listening = new AtomicReference<>();
        StartAhead ahead = StartAhead.begin(settings, consoleMode);
        Database database;
        try {
            database = openDatabase(settings);
        } catch (RuntimeException e) {
            ahead.abandon();
            throw e;
        }
        Assembly assembly;
        try {
            assembly = Assembly.on(database, Clock.systemUTC(), new SecureRandom()::nextLong,
                    () -> publicUrl(settings, listening.get()));
        } catch (RuntimeException e) {
            ahead.abandon();
            database.close();
            throw e;
        }
        CoreModule core = assembly.core();
        try {
            ConsoleOutput consoleOutput = new ConsoleOutput(out);
            RoutingMessenger messenger = new RoutingMessenger().register(ConsoleMode.WORKSPACE, consoleOutput);
            core.sendThrough(messenger);
            ScheduleModule scheduling = assembly.schedule();
            Metrics metrics = ahead.metrics();
            core.dispatcher().observe(metrics::reminder);
            ConsoleMode console = new ConsoleMode(core.bot(), consoleOutput, settings.consoleLanguage());
            core.bot().observe(metrics);
            HttpListener listener = listen(settings, assembly, metrics, consoleMode, messenger, ahead.publicListener());
            listening.set(listener);
            Application app = new Application(core, metrics, messenger, listener, console);
            try {
                app.management = manage(settings, core, metrics, consoleMode, scheduling, ahead.managementListener());
                app.slack = consoleMode ? null : SlackWiring.attach(settings, core, messenger, listener, metrics, ahead.slack());
                app.scheduling = scheduling.start(QuartzTimers.Settings.defaults());
                // Last: every platform's work is registered, and the node has its name in the cluster.
                QuartzTimers quartz = app.scheduling.quartz();
                if (listener != null) {
                    core.inbox().yieldingTo(listener::answering); // acks first: on 2 cores the work behind them waits
                }
                core.inbox().limit(settings.inboxLimit()).start(settings.inboxWorkers(), quartz.instanceId(),
                        quartz::liveInstances);
                if (consoleMode) {
                    // The transcript stays in order: what a line queued (a pairing round's messages) prints before the
                    // next line is read, not from another thread in the middle of it.
                    core.dispatcher().sendSoonOn(Runnable::run);
                }
            } catch (RuntimeException e) {
                core.inbox().close();
                scheduling.close();
                if (app.slack != null) {
                    app.slack.close();
                }
                if (listener != null) {
                    listener.close();
                }
                if (app.management != null) {
                    app.management.close();
                }
                throw e;
            }
            return app;
        } catch (RuntimeException e) {
            ahead.abandon();
            core.close();
            throw e;
        }
    }

    /**
     * The database, its files encrypted when {@code PARTNERBOT_DB_FILE_PASSWORD} is set. An H2 file that will not open
     * with the password given (or without one, for an encrypted file) stops start-up saying so, never showing it.
     */
    static Database openDatabase(Settings settings) {
        Optional<String> filePassword = settings.dbFilePassword();
        try {
            return Database.open(settings.dbUrl(), settings.dbUser(), settings.dbPassword(), filePassword.orElse(null));
        } catch (RuntimeException e) {
            if (!settings.dbUrl().startsWith("jdbc:h2:") || !wrongKey(e)) {
                throw e;
            }
            throw new SettingsException("The H2 database " + settings.dbUrl().split(";")[0] + " could not be opened: "
                    + (filePassword.isPresent() ? "PARTNERBOT_DB_FILE_PASSWORD (or PARTNERBOT_DB_PASSWORD) is not the one it"
                    + " was encrypted with, or the files are not encrypted." : "its files are encrypted (set"
                    + " PARTNERBOT_DB_FILE_PASSWORD), or PARTNERBOT_DB_PASSWORD is wrong.")
                    + " Without the right file password the data cannot be read.");
        }
    }

    /** H2's answers when the key does not fit: wrong password, or a file that is (or is not) encrypted. */
    private static boolean wrongKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && (sql.getErrorCode() == 28000 || sql.getErrorCode() == 90049
                    || sql.getErrorCode() == 90030 || sql.getErrorCode() == 90048)) {
                return true;
            }
        }
        return false;
    }

    /** The public listener, not yet listening (built ahead, while the database opens). */
    static HttpListener publicListener(Settings settings) {
        return new HttpListener(settings.host(), settings.port(), "http", HttpListener.Limits.publicFacing());
    }

    /** The management listener, not yet listening. */
    static HttpListener managementListener(Settings settings) {
        return new HttpListener(settings.managementHost(), settings.managementPort(), "management",
                HttpListener.Limits.management());
    }

    /** @param built the listener built ahead, or null to build it here (so a failure reads as it always did) */
    private static HttpListener listen(Settings settings, Assembly assembly, Metrics metrics, boolean consoleMode,
                                       RoutingMessenger messenger, HttpListener built) {
        CoreModule core = assembly.core();
        ScheduleModule scheduling = assembly.schedule();
        TeamsWiring.check(settings, consoleMode);
        try {
            HttpListener listener = (built != null ? built : publicListener(settings)).observe(metrics::acked);
            TeamsWiring.attach(settings, core, messenger, listener, consoleMode);
            listener.route(new CalendarHandler(scheduling.calendars()::feed).route());
            boolean https = settings.get("PARTNERBOT_PUBLIC_URL").map(u -> u.toLowerCase(java.util.Locale.ROOT)
                    .startsWith("https://")).orElse(false);
            listener.route(new DashboardRoutes(assembly.dashboard().signIn(), assembly.dashboard().dashboard(), https,
                    core.clock()).route());
            return listener.start();
        } catch (RuntimeException e) {
            if (!consoleMode) {
                throw new SettingsException(e.getMessage() + " (PARTNERBOT_HOST, PARTNERBOT_PORT)");
            }
            log.warn("HTTP listener not started ({}); the console works without it", e.getMessage());
            return null;
        }
    }

    /** Health and metrics, off the public listener: nothing a stranger on the internet should read or probe. */
    private static HttpListener manage(Settings settings, CoreModule core, Metrics metrics, boolean consoleMode,
                                       ScheduleModule scheduling, HttpListener built) {
        try {
            return (built != null ? built : managementListener(settings)).observe(metrics::acked)
                    .route(new HealthHandler(core.database().dataSource(), scheduling::running).route())
                    .route(new MetricsHandler(metrics).route())
                    .start();
        } catch (RuntimeException e) {
            if (!consoleMode) {
                throw new SettingsException(e.getMessage() + " (PARTNERBOT_MANAGEMENT_HOST, PARTNERBOT_MANAGEMENT_PORT)");
            }
            log.warn("management listener not started ({}); the console works without it", e.getMessage());
            return null;
        }
    }

    /**
     * The console is a transcript on the same terminal as the logs: the INFO line per command would interleave with
     * it, so in console mode only warnings and errors come from the bot core (unless a lower level was asked for).
     */
    private static void quietCommandLog() {
        if (LoggerFactory.getLogger(PartnerBot.class) instanceof ch.qos.logback.classic.Logger logger
                && logger.getEffectiveLevel() == ch.qos.logback.classic.Level.INFO) {
            logger.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /**
     * Where calendar apps reach the listener: {@code PARTNERBOT_PUBLIC_URL} when the bot sits behind a proxy or
     * tunnel, else the listener's own address.
     */
    private static String publicUrl(Settings settings, HttpListener listener) {
        return settings.get("PARTNERBOT_PUBLIC_URL").orElseGet(() ->
                "http://" + settings.host() + ":" + (listener == null ? settings.port() : listener.port()));
    }

    public ConsoleMode console() {
        return console;
    }

    public CoreModule core() {
        return core;
    }

    /** The schedule, reminders and Quartz. */
    public ScheduleModule scheduling() {
        return scheduling;
    }

    public Metrics metrics() {
        return metrics;
    }

    /** Where unprompted messages go; each running adapter registers its platform here. */
    public RoutingMessenger messenger() {
        return messenger;
    }

    /** The Slack adapter when Slack is configured, else null (tests wait on its work queue). */
    public SlackAdapter slack() {
        return slack;
    }

    public int httpPort() {
        return listener == null ? -1 : listener.port();
    }

    /** The port of {@code /healthz} and {@code /metrics}, or -1 when that listener did not start. */
    public int managementPort() {
        return management == null ? -1 : management.port();
    }

    @Override
    public void close() {
        // Intake first (in-flight requests finish), then the inbox's work under way (what waits stays for the next
        // start), then no new reminders, then the Slack client, then the pool.
        if (listener != null) {
            listener.close();
        }
        if (management != null) {
            management.close();
        }
        core.inbox().close();
        if (scheduling != null) {
            scheduling.close();
        }
        if (slack != null) {
            slack.close();
        }
        core.close();
        log.info("stopped");
    }
}

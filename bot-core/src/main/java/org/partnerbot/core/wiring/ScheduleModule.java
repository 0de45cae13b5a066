package org.partnerbot.core.wiring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.reminders.RemindCommands;
import org.partnerbot.core.reminders.ReminderComposer;
import org.partnerbot.core.reminders.ReminderMessages;
import org.partnerbot.core.reminders.ReminderService;
import org.partnerbot.core.reminders.SeriesTimers;
import org.partnerbot.core.reminders.Timers;
import org.partnerbot.core.reminders.Wakeups;
import org.partnerbot.core.reminders.WeeklyTimer;
import org.partnerbot.core.reminders.quartz.QuartzTimers;
import org.partnerbot.core.schedule.MeetingSeriesStore;
import org.partnerbot.core.schedule.ScheduleCommands;
import org.partnerbot.core.schedule.calendar.CalendarCommands;
import org.partnerbot.core.schedule.calendar.CalendarService;
import org.partnerbot.core.store.Jdbc;
import org.partnerbot.core.store.calendar.JdbcCalendarTokens;
import org.partnerbot.core.store.reminders.JdbcDutyFlags;
import org.partnerbot.core.store.schedule.JdbcMeetingSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weekly schedule and everything timed from it, on top of a {@link CoreModule}: the schedule, calendar and remind
 * commands (added before the bot is built), the reminder service and its outbox composer, and Quartz, which only
 * runs once {@link #start} is called — tests drive the service with their own clock instead.
 */
public final class ScheduleModule implements AutoCloseable {

    /** The calendar link's base when none is given: the listener's default address. */
    public static final String DEFAULT_BASE_URL = "http://127.0.0.1:3978";
    private static final Logger log = LoggerFactory.getLogger(ScheduleModule.class);

    private final CoreModule core;
    private final MeetingSeriesStore series;
    private final SeriesTimers seriesTimers = new SeriesTimers();
    private final ReminderService reminders;
    private final CalendarService calendars;
    private final List<Consumer<Instant>> alsoOnSweep = new CopyOnWriteArrayList<>();
    private QuartzTimers quartz;
    private ExecutorService prompt;

    private ScheduleModule(CoreModule core, Supplier<String> baseUrl) {
        this.core = core;
        Jdbc jdbc = core.jdbc();
        this.series = new JdbcMeetingSeries(jdbc, core.clock());
        JdbcDutyFlags flags = new JdbcDutyFlags(jdbc);
        ReminderMessages messages = new ReminderMessages(core.agendaView(), core.actionsView());
        core.addComposer(new ReminderComposer(series, core.agencies(), core.agendaItems(),
                core.duties(), flags, core.actions(), core.meetings(), messages, core.readers()));
        this.reminders = new ReminderService(core.transactions(), core.outboxTargets(), core.partnerships(), series,
                core.outbox(), flags, core.duties(), core.actions(), core.meetings(), core.members(), core.dispatcher(),
                core.clock());
        this.calendars = new CalendarService(core.transactions(), new JdbcCalendarTokens(jdbc, core.clock()),
                core.partnerships(), series, core.clock(), core.readers());
        core.addCommands(new ScheduleCommands(series, core.partnerships(), core.agendaItems(), seriesTimers));
        core.addCommands(new RemindCommands(series, seriesTimers, core.agencies(), core.agendaItems(), core.duties(),
                core.actions(), messages));
        core.addCommands(new CalendarCommands(calendars, baseUrl));
    }

    /**
     * Adds the schedule, remind and calendar commands to the core; call before {@code core.bot()}.
     *
     * @param baseUrl where the HTTP listener is reached from outside, for calendar links
     */
    public static ScheduleModule install(CoreModule core, Supplier<String> baseUrl) {
        return new ScheduleModule(core, baseUrl);
    }

    public static ScheduleModule install(CoreModule core) {
        return install(core, () -> DEFAULT_BASE_URL);
    }

    /**
     * Starts Quartz on the core's database (triggers brought in line with the stored series, then firing), and a
     * sender that sends what an input just put in the outbox without waiting for the next round.
     */
    public synchronized ScheduleModule start(QuartzTimers.Settings settings) {
        if (quartz != null) {
            throw new IllegalStateException("already started");
        }
        quartz = QuartzTimers.create(core.database().dataSource(), core.database().isPostgres(), wakeups(), settings);
        attach(quartz);
        QuartzTimers running = quartz;
        core.dispatcher().runAsNode(running.instanceId(), running::liveInstances);
        prompt = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "outbox-prompt");
            t.setDaemon(true);
            return t;
        });
        core.dispatcher().sendSoonOn(prompt);
        quartz.start();
        return this;
    }

    /** Uses another timer implementation (tests), reconciled with the stored series like Quartz would be. */
    public ScheduleModule attach(Timers timers) {
        seriesTimers.attach(timers);
        seriesTimers.reconcile(core.transactions().inTransaction(series::all));
        return this;
    }

    /**
     * Other capabilities' periodic work (weekly pairing, digests) on the same sweep timer, so there is one scheduler.
     * Each task decides from stored state, so it may run at every sweep.
     */
    public ScheduleModule alsoOnSweep(Consumer<Instant> task) {
        alsoOnSweep.add(task);
        return this;
    }

    /**
     * What the timers wake: the reminder service; after each sweep the tasks added with {@link #alsoOnSweep}, then
     * an outbox round for what they queued.
     */
    public Wakeups wakeups() {
        return new Wakeups() {
            @Override
            public void weekly(long partnershipId, MessageKind kind, Instant firedFor) {
                reminders.weekly(partnershipId, kind, firedFor);
            }

            @Override
            public void weeklySlot(WeeklyTimer slot, Instant firedFor) {
                reminders.weeklySlot(slot, firedFor);
            }

            @Override
            public void sweep() {
                reminders.sweep();
                if (alsoOnSweep.isEmpty()) {
                    return;
                }
                for (Consumer<Instant> task : alsoOnSweep) {
                    try {
                        task.accept(core.clock().instant());
                    } catch (RuntimeException e) {
                        log.error("periodic task after the sweep failed", e);
                    }
                }
                reminders.deliver();
            }

            @Override
            public void deliver() {
                reminders.deliver();
            }
        };
    }

    public ReminderService reminders() {
        return reminders;
    }

    public MeetingSeriesStore series() {
        return series;
    }

    /** Serves calendar feeds by token, for the HTTP listener's {@code GET /calendar/<token>.ics}. */
    public CalendarService calendars() {
        return calendars;
    }

    /** Whether the scheduler is started and firing; false before start and after close. */
    public synchronized boolean running() {
        return quartz != null && quartz.running();
    }

    /** Quartz, once started; null before. */
    public QuartzTimers quartz() {
        return quartz;
    }

    /** When the partnership's weekly timers fire next, by kind (none while paused, or before Quartz is started). */
    public Map<String, Instant> nextFireTimes(long partnershipId) {
        QuartzTimers running = quartz;
        if (running == null) {
            return Map.of();
        }
        return core.transactions().inTransaction(() -> series.find(partnershipId))
                .map(s -> running.nextFireTimes(SeriesTimers.wanted(s))).orElse(Map.of());
    }

    /** Stops Quartz (waiting for running jobs); the core and its database stay open for the caller to close. */
    @Override
    public synchronized void close() {
        if (quartz != null) {
            quartz.close();
            quartz = null;
        }
        if (prompt != null) {
            core.dispatcher().sendSoonOn(null);
            prompt.shutdown();
            try {
                // A send under way finishes while the database is still open; what is left waits in the outbox.
                prompt.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            prompt = null;
        }
    }
}

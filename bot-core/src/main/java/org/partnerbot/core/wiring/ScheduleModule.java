package org.partnerbot.core.wiring;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.partnerbot.core.store.Jdbc;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.outbox.OutboxDispatcher;
import org.partnerbot.core.reminders.RemindCommands;
import org.partnerbot.core.reminders.ReminderComposer;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.Outbox;
import org.partnerbot.core.reminders.ReminderMessages;
import org.partnerbot.core.reminders.ReminderService;
import org.partnerbot.core.reminders.ReminderTargets;
import org.partnerbot.core.reminders.SeriesTimers;
import org.partnerbot.core.reminders.Timers;
import org.partnerbot.core.reminders.Wakeups;
import org.partnerbot.core.schedule.MeetingSeriesStore;
import org.partnerbot.core.schedule.ScheduleCommands;
import org.partnerbot.core.store.reminders.JdbcDutyFlags;
import org.partnerbot.core.store.schedule.JdbcMeetingSeries;
import org.partnerbot.core.store.outbox.JdbcOutbox;
import org.partnerbot.core.store.reminders.JdbcReminderTargets;
import org.partnerbot.core.reminders.quartz.QuartzTimers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedule and reminders on top of a {@link CoreModule}: their commands (added before the bot is built),
 * the reminder service and outbox, and Quartz, which only runs once {@link #start} is called — tests drive the
 * service with their own clock instead.
 */
public final class ScheduleModule implements AutoCloseable {

    private final CoreModule core;
    private final MeetingSeriesStore series;
    private final Outbox outbox;
    private final SeriesTimers seriesTimers = new SeriesTimers();
    private final OutboxDispatcher dispatcher;
    private final ReminderService reminders;
    private QuartzTimers quartz;
    private final List<Consumer<Instant>> alsoOnSweep = new CopyOnWriteArrayList<>();
    private static final Logger log = LoggerFactory.getLogger(ScheduleModule.class);

    private ScheduleModule(CoreModule core, Messenger messenger) {
        this.core = core;
        Jdbc jdbc = core.repositories().jdbc();
        this.series = new JdbcMeetingSeries(jdbc, core.clock());
        this.outbox = new JdbcOutbox(jdbc, core.clock());
        JdbcDutyFlags flags = new JdbcDutyFlags(jdbc);
        ReminderTargets targets = new JdbcReminderTargets(jdbc, core.partnerships());
        ReminderMessages messages = new ReminderMessages(core.agendaView(), core.actionsView());
        ReminderComposer composer = new ReminderComposer(targets, series, core.agencies(), core.agendaItems(),
                core.duties(), flags, core.actions(), core.meetings(), messages);
        this.dispatcher = new OutboxDispatcher(core.transactions(), outbox, composer, messenger, core.clock());
        this.reminders = new ReminderService(core.transactions(), targets, core.partnerships(), series, outbox, flags,
                core.duties(), core.actions(), core.meetings(), core.members(), dispatcher, core.clock());
        core.addCommands(new ScheduleCommands(series, core.partnerships(), core.agendaItems(), seriesTimers));
        core.addCommands(new RemindCommands(series, seriesTimers, core.agencies(), core.agendaItems(), core.duties(),
                core.actions(), messages));
    }

    /** Adds the schedule and remind commands to the core; call before {@code core.bot()}. */
    public static ScheduleModule install(CoreModule core, Messenger messenger) {
        return new ScheduleModule(core, messenger);
    }

    /** Starts Quartz on the core's database: triggers brought in line with the stored series, then firing. */
    public synchronized ScheduleModule start(QuartzTimers.Settings settings) {
        if (quartz != null) {
            throw new IllegalStateException("already started");
        }
        quartz = QuartzTimers.create(core.database().dataSource(), core.database().isPostgres(), wakeups(), settings);
        attach(quartz);
        QuartzTimers running = quartz;
        dispatcher.runAsNode(running.instanceId(), running::liveInstances);
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
     * Other capabilities' periodic work (team building's weekly pairing and digests) on the same sweep timer, so
     * there is one scheduler. Each task decides from stored state, so it may run at every sweep.
     */
    public ScheduleModule alsoOnSweep(Consumer<Instant> task) {
        alsoOnSweep.add(task);
        return this;
    }

    /** What the timers wake: the reminder service, then the tasks added with {@link #alsoOnSweep} after each sweep. */
    public Wakeups wakeups() {
        return new Wakeups() {
            @Override
            public void weekly(long partnershipId, MessageKind kind, Instant firedFor) {
                reminders.weekly(partnershipId, kind, firedFor);
            }

            @Override
            public void sweep() {
                reminders.sweep();
                for (Consumer<Instant> task : alsoOnSweep) {
                    try {
                        task.accept(core.clock().instant());
                    } catch (RuntimeException e) {
                        log.error("periodic task after the sweep failed", e);
                    }
                }
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

    public OutboxDispatcher outbox() {
        return dispatcher;
    }

    public Outbox reminderLog() {
        return outbox;
    }

    public MeetingSeriesStore series() {
        return series;
    }

    /** Whether the scheduler is started and firing; false before start and after close. */
    public synchronized boolean running() {
        return quartz != null && quartz.running();
    }

    /** Quartz, once started; null before. */
    public QuartzTimers quartz() {
        return quartz;
    }

    /** Stops Quartz (waiting for running jobs); the core and its database stay open for the caller to close. */
    @Override
    public synchronized void close() {
        if (quartz != null) {
            quartz.close();
            quartz = null;
        }
    }
}

package org.partnerbot.core.reminders.quartz;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import javax.sql.DataSource;
import org.partnerbot.core.reminders.Timers;
import org.partnerbot.core.reminders.Wakeups;
import org.partnerbot.core.reminders.WeeklyTimer;
import org.quartz.CalendarIntervalScheduleBuilder;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.JobPersistenceException;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.jdbcjobstore.Constants;
import org.quartz.impl.jdbcjobstore.FiredTriggerRecord;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz with the JDBC job store (JobStoreTX) on the application's own database. Each weekly timer is a
 * calendar-interval trigger of one week in the series' zone that keeps the local hour across daylight saving
 * ({@code inTimeZone} + {@code preserveHourOfDayAcrossDaylightSavings}); a local time that does not exist on
 * a change day fires at the same moment java.time gives, the jump's length later. There is one job per slot, not per
 * partnership: 10,000 partnerships meeting on Tuesdays at 10:00 in London are one firing, planned in chunks
 * ({@code Wakeups.weeklySlot}), rather than 10,000 jobs and commits.
 */
public final class QuartzTimers implements Timers, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QuartzTimers.class);
    private static final String SYSTEM_GROUP = "partnerbot";
    /** Groups of the per-partnership jobs of releases before slots: replaced at start-up. */
    private static final String GROUP_PREFIX = "partnership-";
    /** One job per weekly slot (kind, weekday, local time, zone), shared by every partnership meeting then. */
    static final String SLOT_GROUP = "slots";
    /** One-off firings for triggers another node held when this one started. */
    private static final String STAND_IN_GROUP = "partnerbot-stand-in";

    /**
     * @param name             Quartz's scheduler name: the key of its rows, so it must stay the same across restarts
     * @param misfireThreshold how late a firing may be before it counts as missed (misfire rules then apply)
     * @param sweepCron        when the morning sweep runs (UTC cron; each partnership checks its own local morning)
     * @param outboxEvery      how often waiting messages are retried
     */
    public record Settings(String name, Duration misfireThreshold, String sweepCron, Duration outboxEvery, int threads) {

        public static Settings defaults() {
            return new Settings("partnerbot", Duration.ofMinutes(1), "0 0/15 * * * ?", Duration.ofSeconds(30), 2);
        }
    }

    /**
     * Clustered, so two nodes on one database share the triggers: each firing runs on one node only, and a node
     * that dies mid-firing has its work recovered by another. (The outbox would stop a double send anyway.)
     */
    private static final String CLUSTERED = "true";

    private final Scheduler scheduler;
    private final String dataSourceName;
    private final DataSource dataSource;

    private QuartzTimers(Scheduler scheduler, String dataSourceName, DataSource dataSource) {
        this.scheduler = scheduler;
        this.dataSourceName = dataSourceName;
        this.dataSource = dataSource;
    }

    /** Creates the scheduler (not yet started): its own tables must already exist (Flyway migration V2). */
    public static synchronized QuartzTimers create(DataSource dataSource, boolean postgres, Wakeups wakeups, Settings settings) {
        String dsName = "partnerbot-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(dsName, new DataSourceConnectionProvider(dataSource));
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", settings.name());
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.jobStore.isClustered", CLUSTERED);
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(settings.threads()));
        p.setProperty("org.quartz.threadPool.threadNamePrefix", settings.name() + "-reminders");
        p.setProperty("org.quartz.jobStore.class", HandingBackJobStore.class.getName());
        p.setProperty("org.quartz.jobStore.driverDelegateClass", postgres
                ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate" : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dsName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        // Job data as string properties only: nothing serialised, nothing that breaks when a class changes.
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        p.setProperty("org.quartz.jobStore.misfireThreshold", String.valueOf(settings.misfireThreshold().toMillis()));
        Scheduler scheduler = null;
        try {
            scheduler = new StdSchedulerFactory(p).getScheduler();
            // The name is the key of this application's rows, not a JVM-wide handle: unbind it, so another
            // application in the same JVM (tests, an embedded second bot) gets its own scheduler on its own database
            // instead of StdSchedulerFactory handing back this one.
            SchedulerRepository.getInstance().remove(settings.name());
            scheduler.setJobFactory(new WakeupJobs(wakeups));
            QuartzTimers timers = new QuartzTimers(scheduler, dsName, dataSource);
            timers.scheduleSystemJobs(settings);
            return timers;
        } catch (SchedulerException e) {
            if (scheduler != null) {
                new QuartzTimers(scheduler, dsName, dataSource).close();
            }
            throw new IllegalStateException("could not create the Quartz scheduler: " + e.getMessage(), e);
        }
    }

    /** Starts firing, after standing in for the timers another node holds (see {@link #standInForHeldTimers}). */
    public void start() {
        try {
            standInForHeldTimers(Instant.now());
            scheduler.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("could not start the Quartz scheduler: " + e.getMessage(), e);
        }
    }

    /**
     * Before this node fires anything, each trigger that another node holds (acquired, to be fired by it at its time)
     * gets a one-off stand-in for the same job at that time, or at once if it is overdue. A node that died while
     * holding a trigger (a clean stop hands it back: {@link HandingBackJobStore}) leaves it acquired, and neither
     * misfire handling nor any other node fires it until the cluster declares that node dead: 15 s after its last
     * check-in, seen at a running node's next check-in (every 7.5 s). A missed agenda call would wait for that.
     * If the holder is alive after all, the second firing finds the occurrence in the outbox and sends nothing.
     * Stand-ins are named after what they stand in for, so two nodes starting together add one.
     */
    private void standInForHeldTimers(Instant now) throws SchedulerException {
        for (HeldTimer held : heldTimers()) {
            Instant at = held.due().isAfter(now) ? held.due() : now;
            Trigger standIn = TriggerBuilder.newTrigger()
                    .withIdentity(held.trigger() + "@" + held.due().toEpochMilli(), STAND_IN_GROUP)
                    .forJob(held.job())
                    .startAt(Date.from(at))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build();
            try {
                scheduler.scheduleJob(standIn);
                log.info("timer {} (due {}) is held by another node: fired from here too at {}, in case that node is gone",
                        held.trigger(), held.due(), at);
            } catch (ObjectAlreadyExistsException e) {
                log.debug("timer {} already has a stand-in", held.trigger());
            }
        }
    }

    /** A trigger in Quartz's ACQUIRED state: taken by a node's scheduler thread to be fired at {@code due}. */
    private record HeldTimer(TriggerKey trigger, JobKey job, Instant due) {
    }

    /**
     * Read from Quartz's own table: its API reports an acquired trigger as NORMAL, like one nobody holds. Called
     * before this node starts, so whatever is acquired is held by another node.
     */
    private List<HeldTimer> heldTimers() throws SchedulerException {
        List<HeldTimer> out = new ArrayList<>();
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement("SELECT TRIGGER_NAME, TRIGGER_GROUP, JOB_NAME, JOB_GROUP,"
                     + " NEXT_FIRE_TIME FROM QRTZ_TRIGGERS WHERE SCHED_NAME = ? AND TRIGGER_STATE = ? AND NEXT_FIRE_TIME IS NOT NULL")) {
            ps.setString(1, scheduler.getSchedulerName());
            ps.setString(2, Constants.STATE_ACQUIRED);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new HeldTimer(TriggerKey.triggerKey(rs.getString(1), rs.getString(2)),
                            JobKey.jobKey(rs.getString(3), rs.getString(4)), Instant.ofEpochMilli(rs.getLong(5))));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not read which timers other nodes hold: " + e.getMessage(), e);
        }
        return out;
    }

    private void scheduleSystemJobs(Settings settings) throws SchedulerException {
        JobDetail sweep = JobBuilder.newJob(WakeupJobs.SweepJob.class).withIdentity("sweep", SYSTEM_GROUP).build();
        Trigger sweepTrigger = TriggerBuilder.newTrigger().withIdentity("sweep", SYSTEM_GROUP).forJob(sweep)
                .withSchedule(CronScheduleBuilder.cronSchedule(settings.sweepCron()).inTimeZone(TimeZone.getTimeZone("UTC"))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        JobDetail outbox = JobBuilder.newJob(WakeupJobs.OutboxJob.class).withIdentity("outbox", SYSTEM_GROUP).build();
        Trigger outboxTrigger = TriggerBuilder.newTrigger().withIdentity("outbox", SYSTEM_GROUP).forJob(outbox)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(settings.outboxEvery().toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        // Added once and then left alone, so a sweep missed while the bot was down still runs (once) on start-up.
        if (!scheduler.checkExists(sweepTrigger.getKey())) {
            scheduler.scheduleJob(sweep, Set.of(sweepTrigger), true);
        }
        if (!scheduler.checkExists(outboxTrigger.getKey())) {
            scheduler.scheduleJob(outbox, Set.of(outboxTrigger), true);
        }
    }

    /**
     * Makes sure each of the partnership's timers has its slot job: partnerships meeting at the same local time share
     * one job, whose firing finds them from the stored series. A slot nobody uses any more is left until the next
     * start-up's {@link #reconcile} (its firing finds nobody), so a change never needs to know the other partnerships.
     */
    @Override
    public synchronized void replaceWeekly(long partnershipId, List<WeeklyTimer> timers) {
        try {
            for (WeeklyTimer t : timers) {
                ensureSlot(t, null);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("could not change the reminder timers: " + e.getMessage(), e);
        }
    }

    /**
     * At start-up, before anything fires: a slot job for every wanted timer (existing ones kept, so a firing missed
     * while down still happens), unused slot jobs removed, and the per-partnership jobs of earlier releases replaced:
     * one of those that fell due while the bot was down becomes a catch-up firing of its slot, so it is not lost.
     */
    @Override
    public synchronized void reconcile(Map<Long, List<WeeklyTimer>> wanted) {
        Map<String, WeeklyTimer> slots = new LinkedHashMap<>();
        wanted.values().forEach(list -> list.forEach(t -> slots.putIfAbsent(t.slot(), t)));
        try {
            Map<String, Instant> missed = retireLegacyJobs(Instant.now());
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(SLOT_GROUP))) {
                if (!slots.containsKey(key.getName())) {
                    scheduler.deleteJob(key);
                    log.info("removed the unused timer slot {}", key.getName());
                }
            }
            for (WeeklyTimer t : slots.values()) {
                ensureSlot(t, missed.get(t.slot()));
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("could not bring the reminder timers in line: " + e.getMessage(), e);
        }
    }

    /** Deletes the per-partnership jobs of releases before slots; returns, per slot, the earliest firing they missed. */
    private Map<String, Instant> retireLegacyJobs(Instant now) throws SchedulerException {
        Map<String, Instant> missed = new LinkedHashMap<>();
        int retired = 0;
        for (String group : scheduler.getJobGroupNames()) {
            if (!group.startsWith(GROUP_PREFIX)) {
                continue;
            }
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(group))) {
                JobDetail job = scheduler.getJobDetail(key);
                String slot = job == null ? null : job.getJobDataMap().getString(WakeupJobs.SLOT);
                for (Trigger tr : scheduler.getTriggersOfJob(key)) {
                    Date next = tr.getNextFireTime();
                    if (slot != null && next != null && !next.toInstant().isAfter(now)) {
                        missed.merge(slot, next.toInstant(), (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            }
            scheduler.deleteJobs(new ArrayList<>(scheduler.getJobKeys(GroupMatcher.jobGroupEquals(group))));
            retired++;
        }
        if (retired > 0) {
            log.info("replaced the per-partnership timers of {} partnership(s) by shared slots ({} missed firing(s) caught up)",
                    retired, missed.size());
        }
        return missed;
    }

    /** Adds the slot's job unless it is there; {@code catchUp}, if given, is a missed firing to make up at once. */
    private void ensureSlot(WeeklyTimer t, Instant catchUp) throws SchedulerException {
        JobDetail job = slotJob(t);
        if (!scheduler.checkExists(job.getKey())) {
            try {
                scheduler.scheduleJob(job, triggers(job, t, Instant.now()), false);
                log.info("timer slot {} added", t.slot());
            } catch (ObjectAlreadyExistsException e) {
                log.debug("timer slot {} was added by another node", t.slot());
            }
        }
        if (catchUp != null) {
            try {
                scheduler.scheduleJob(TriggerBuilder.newTrigger()
                        .withIdentity(t.slot() + "@" + catchUp.toEpochMilli(), STAND_IN_GROUP).forJob(job.getKey())
                        .startAt(Date.from(catchUp))
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                        .build());
            } catch (ObjectAlreadyExistsException e) {
                log.debug("timer slot {} already catches up {}", t.slot(), catchUp);
            }
        }
    }

    /**
     * The job of one weekly slot: every partnership whose series wants this kind at this local weekday, time and
     * zone. It requests recovery: a firing under way on a node that dies runs again on another node once the cluster
     * notices, and what the first had already put in the outbox is not sent twice. Not concurrent (across the
     * cluster too), so a catch-up and the regular firing do not plan the same partnerships side by side.
     */
    static JobDetail slotJob(WeeklyTimer t) {
        return JobBuilder.newJob(WakeupJobs.SlotJob.class).withIdentity(slotKey(t))
                .requestRecovery(true)
                .usingJobData(WakeupJobs.KIND, t.kind().name())
                .usingJobData(WakeupJobs.DAY, t.day().name())
                .usingJobData(WakeupJobs.TIME, t.time().toString())
                .usingJobData(WakeupJobs.ZONE, t.zone().getId())
                .usingJobData(WakeupJobs.SLOT, t.slot())
                .build();
    }

    /** Where a slot's job (and its weekly trigger, of the same name) is stored. */
    public static JobKey slotKey(WeeklyTimer t) {
        return JobKey.jobKey(t.slot(), SLOT_GROUP);
    }

    /**
     * A partnership's own weekly job, as releases before slots stored it: kept so tests can store what an earlier
     * release left and start on it, and so such a job, should one fire before start-up replaces it, still works.
     */
    static JobDetail weeklyJob(long partnershipId, WeeklyTimer t) {
        return JobBuilder.newJob(WakeupJobs.WeeklyJob.class).withIdentity(t.kind().name(), GROUP_PREFIX + partnershipId)
                .requestRecovery(true)
                .usingJobData(WakeupJobs.PARTNERSHIP, String.valueOf(partnershipId))
                .usingJobData(WakeupJobs.KIND, t.kind().name())
                .usingJobData(WakeupJobs.SLOT, t.slot())
                .build();
    }

    /**
     * A weekly calendar-interval trigger that keeps the local hour, started on the first week after {@code now}
     * where that hour exists; when this week's time falls in a daylight-saving gap, also a one-off trigger at the
     * moment java.time gives it (the jump's length later), so that week is not silently skipped.
     */
    static Set<Trigger> triggers(JobDetail job, WeeklyTimer t, Instant now) {
        String name = job.getKey().getName();
        String group = job.getKey().getGroup();
        LocalDateTime next = nextLocal(t, now);
        LocalDateTime exact = next;
        while (!exists(exact, t.zone())) {
            exact = exact.plusWeeks(1);
        }
        Set<Trigger> triggers = new java.util.LinkedHashSet<>();
        triggers.add(TriggerBuilder.newTrigger().withIdentity(name, group).forJob(job)
                .startAt(Date.from(exact.atZone(t.zone()).toInstant()))
                .withSchedule(CalendarIntervalScheduleBuilder.calendarIntervalSchedule().withIntervalInWeeks(1)
                        .inTimeZone(TimeZone.getTimeZone(t.zone()))
                        .preserveHourOfDayAcrossDaylightSavings(true)
                        .skipDayIfHourDoesNotExist(false)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build());
        if (!exact.equals(next)) {
            triggers.add(TriggerBuilder.newTrigger().withIdentity(name + "-gap", group).forJob(job)
                    .startAt(Date.from(next.atZone(t.zone()).toInstant()))
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build());
        }
        return triggers;
    }

    /** The first local date-time on the timer's weekday and time that is not before now. */
    static LocalDateTime nextLocal(WeeklyTimer t, Instant now) {
        ZonedDateTime local = now.atZone(t.zone());
        LocalDate date = local.toLocalDate().with(TemporalAdjusters.nextOrSame(t.day()));
        LocalDateTime candidate = LocalDateTime.of(date, t.time());
        if (!candidate.atZone(t.zone()).toInstant().isAfter(now)) {
            candidate = candidate.plusWeeks(1);
        }
        return candidate;
    }

    private static boolean exists(LocalDateTime ldt, ZoneId zone) {
        return !zone.getRules().getValidOffsets(ldt).isEmpty();
    }

    /** The next firing of each of these timers' slots, by kind (for checks and tests; a partnership's are its series'). */
    public Map<String, Instant> nextFireTimes(List<WeeklyTimer> timers) {
        Map<String, Instant> out = new LinkedHashMap<>();
        try {
            for (WeeklyTimer t : timers) {
                for (Trigger tr : scheduler.getTriggersOfJob(slotKey(t))) {
                    Date next = tr.getNextFireTime();
                    if (next != null) {
                        out.merge(t.kind().name(), next.toInstant(), (x, y) -> x.isBefore(y) ? x : y);
                    }
                }
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return out;
    }

    /** This node's id in the cluster (instance id AUTO: host name and start time). */
    public String instanceId() {
        try {
            return scheduler.getSchedulerInstanceId();
        } catch (SchedulerException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * The nodes of this cluster that Quartz counts as running: those with a check-in row. A node that died keeps
     * its row until another node notices (a check-in interval or two) and takes over its work.
     */
    public Set<String> liveInstances() {
        Set<String> out = new HashSet<>();
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement(
                     "SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ?")) {
            ps.setString(1, scheduler.getSchedulerName());
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        } catch (java.sql.SQLException | SchedulerException e) {
            throw new IllegalStateException("could not read the cluster's nodes: " + e.getMessage(), e);
        }
        return out;
    }

    /** Whether triggers fire: started, not paused, not shut down (for the health check). */
    public boolean running() {
        try {
            return scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown();
        } catch (SchedulerException e) {
            return false;
        }
    }

    /** The Quartz scheduler itself, for infrastructure tests that inspect stored triggers. */
    public Scheduler scheduler() {
        return scheduler;
    }

    /**
     * JobStoreTX that hands back, when its scheduler shuts down, the triggers this node had acquired and not fired.
     * Quartz's shutdown leaves them acquired whenever its scheduler thread is halted before it gets round to
     * releasing them (quartz-scheduler/quartz#905), and then no node fires them until the cluster declares this one
     * dead, 15 s or more later. By the time the job store shuts down the scheduler thread has stopped and running
     * jobs have finished, so whatever this node still has acquired is safe to hand back, under Quartz's trigger lock.
     */
    public static final class HandingBackJobStore extends JobStoreTX {

        @Override
        public void shutdown() {
            try {
                int released = executeInNonManagedTXLock(LOCK_TRIGGER_ACCESS, this::releaseAcquired, null);
                if (released > 0) {
                    log.info("handed back {} timer(s) this node had taken to fire", released);
                }
            } catch (JobPersistenceException e) {
                log.warn("could not hand back the timers this node had taken; the cluster frees them later: {}", e.getMessage());
            }
            super.shutdown();
        }

        private Integer releaseAcquired(java.sql.Connection conn) throws JobPersistenceException {
            try {
                int released = 0;
                for (FiredTriggerRecord fired : getDelegate().selectInstancesFiredTriggerRecords(conn, getInstanceId())) {
                    if (STATE_ACQUIRED.equals(fired.getFireInstanceState())) {
                        getDelegate().updateTriggerStateFromOtherState(conn, fired.getTriggerKey(), STATE_WAITING, STATE_ACQUIRED);
                        getDelegate().deleteFiredTrigger(conn, fired.getFireInstanceId());
                        released++;
                    }
                }
                return released;
            } catch (java.sql.SQLException e) {
                throw new JobPersistenceException("could not release acquired triggers: " + e.getMessage(), e);
            }
        }
    }

    /** Stops firing and waits for running jobs, so nothing is half-sent when the pool closes. */
    @Override
    public void close() {
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            log.warn("Quartz did not shut down cleanly: {}", e.getMessage());
        }
        try {
            DBConnectionManager.getInstance().shutdown(dataSourceName);
        } catch (java.sql.SQLException e) {
            log.debug("connection provider {} already gone", dataSourceName);
        }
    }
}

package org.partnerbot.core.reminders.quartz;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.reminders.SeriesTimers;
import org.partnerbot.core.reminders.Wakeups;
import org.partnerbot.core.reminders.WeeklyTimer;
import org.partnerbot.core.schedule.MeetingSeries;
import org.partnerbot.core.store.Database;
import org.quartz.JobDetail;
import org.quartz.SchedulerException;
import org.quartz.Trigger;

/**
 * Stores the Quartz jobs and triggers of these series exactly as a bot running at {@code asOf} would have stored
 * them, then stops: a bot started later finds them unchanged, so timers that fell due meanwhile are missed firings
 * (sent on start-up when still useful). In one job-store transaction, so thousands take well under a second.
 */
public final class StoredTimers {

    private static final Wakeups NONE = new Wakeups() {
        @Override
        public void weekly(long partnershipId, MessageKind kind, Instant firedFor) {
        }

        @Override
        public void weeklySlot(WeeklyTimer slot, Instant firedFor) {
        }

        @Override
        public void sweep() {
        }

        @Override
        public void deliver() {
        }
    };

    private StoredTimers() {
    }

    public static void storeAsOf(Database db, List<MeetingSeries> series, Instant asOf) {
        Map<String, WeeklyTimer> slots = new LinkedHashMap<>();
        series.forEach(s -> SeriesTimers.wanted(s).forEach(t -> slots.putIfAbsent(t.slot(), t)));
        Map<JobDetail, Set<? extends Trigger>> jobs = new LinkedHashMap<>();
        for (WeeklyTimer t : slots.values()) {
            JobDetail job = QuartzTimers.slotJob(t);
            jobs.put(job, QuartzTimers.triggers(job, t, asOf));
        }
        store(db, jobs, QuartzTimers.Settings.defaults());
    }

    /**
     * As {@link #storeAsOf}, but as releases before weekly slots stored them (a job per partnership and kind), for
     * the scheduler of these settings.
     */
    public static void storeLegacyAsOf(Database db, List<MeetingSeries> series, Instant asOf, QuartzTimers.Settings settings) {
        Map<JobDetail, Set<? extends Trigger>> jobs = new LinkedHashMap<>();
        for (MeetingSeries s : series) {
            for (WeeklyTimer t : SeriesTimers.wanted(s)) {
                JobDetail job = QuartzTimers.weeklyJob(s.partnershipId(), t);
                jobs.put(job, QuartzTimers.triggers(job, t, asOf));
            }
        }
        store(db, jobs, settings);
    }

    private static void store(Database db, Map<JobDetail, Set<? extends Trigger>> jobs, QuartzTimers.Settings settings) {
        try (QuartzTimers timers = QuartzTimers.create(db.dataSource(), db.isPostgres(), NONE, settings)) {
            timers.scheduler().scheduleJobs(jobs, true);
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }
}

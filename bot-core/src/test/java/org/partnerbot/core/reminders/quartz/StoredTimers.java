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
        Map<JobDetail, Set<? extends Trigger>> jobs = new LinkedHashMap<>();
        for (MeetingSeries s : series) {
            for (WeeklyTimer t : SeriesTimers.wanted(s)) {
                JobDetail job = QuartzTimers.weeklyJob(s.partnershipId(), t);
                jobs.put(job, QuartzTimers.triggers(job, t, asOf));
            }
        }
        try (QuartzTimers timers = QuartzTimers.create(db.dataSource(), db.isPostgres(), NONE, QuartzTimers.Settings.defaults())) {
            timers.scheduler().scheduleJobs(jobs, true);
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }
}

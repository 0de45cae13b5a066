package org.partnerbot.core.reminders.quartz;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.reminders.Wakeups;
import org.partnerbot.core.reminders.WeeklyTimer;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jobs. Each carries only strings (a slot's kind, weekday, time and zone) and hands over to the core at
 * once; everything that matters is decided there from stored state. Failures are logged and left to the next
 * firing or the outbox retry, never rethrown into Quartz (which would refire in a tight loop).
 */
final class WakeupJobs implements JobFactory {

    static final String PARTNERSHIP = "partnershipId";
    static final String KIND = "kind";
    static final String SLOT = "slot";
    static final String DAY = "day";
    static final String TIME = "time";
    static final String ZONE = "zone";
    private static final Logger log = LoggerFactory.getLogger(WakeupJobs.class);

    private final Wakeups wakeups;

    WakeupJobs(Wakeups wakeups) {
        this.wakeups = wakeups;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        if (type == WeeklyJob.class) {
            return new WeeklyJob(wakeups);
        }
        if (type == SlotJob.class) {
            return new SlotJob(wakeups);
        }
        if (type == SweepJob.class) {
            return new SweepJob(wakeups);
        }
        if (type == OutboxJob.class) {
            return new OutboxJob(wakeups);
        }
        throw new SchedulerException("unknown job " + type);
    }

    /** A partnership's agenda call or meeting start. */
    static final class WeeklyJob implements Job {
        private final Wakeups wakeups;

        WeeklyJob(Wakeups wakeups) {
            this.wakeups = wakeups;
        }

        @Override
        public void execute(JobExecutionContext context) {
            JobDataMap data = context.getMergedJobDataMap();
            try {
                long partnershipId = Long.parseLong(data.getString(PARTNERSHIP));
                MessageKind kind = MessageKind.valueOf(data.getString(KIND));
                wakeups.weekly(partnershipId, kind, Instant.ofEpochMilli(context.getScheduledFireTime().getTime()));
            } catch (RuntimeException e) {
                log.error("reminder job {} failed", context.getJobDetail().getKey(), e);
            }
        }
    }

    /** The agenda calls or meeting starts of every partnership on one weekly slot. */
    @DisallowConcurrentExecution
    static final class SlotJob implements Job {
        private final Wakeups wakeups;

        SlotJob(Wakeups wakeups) {
            this.wakeups = wakeups;
        }

        @Override
        public void execute(JobExecutionContext context) {
            JobDataMap data = context.getMergedJobDataMap();
            try {
                WeeklyTimer slot = new WeeklyTimer(MessageKind.valueOf(data.getString(KIND)),
                        DayOfWeek.valueOf(data.getString(DAY)), LocalTime.parse(data.getString(TIME)),
                        ZoneId.of(data.getString(ZONE)));
                wakeups.weeklySlot(slot, Instant.ofEpochMilli(context.getScheduledFireTime().getTime()));
            } catch (RuntimeException e) {
                log.error("reminder slot {} failed", context.getJobDetail().getKey(), e);
            }
        }
    }

    /** Morning reminders of every partnership, each in its own zone. */
    @DisallowConcurrentExecution
    static final class SweepJob implements Job {
        private final Wakeups wakeups;

        SweepJob(Wakeups wakeups) {
            this.wakeups = wakeups;
        }

        @Override
        public void execute(JobExecutionContext context) {
            try {
                wakeups.sweep();
            } catch (RuntimeException e) {
                log.error("reminder sweep failed", e);
            }
        }
    }

    /** Retries of messages that did not go out the first time. */
    @DisallowConcurrentExecution
    static final class OutboxJob implements Job {
        private final Wakeups wakeups;

        OutboxJob(Wakeups wakeups) {
            this.wakeups = wakeups;
        }

        @Override
        public void execute(JobExecutionContext context) {
            try {
                wakeups.deliver();
            } catch (RuntimeException e) {
                log.error("outbox delivery failed", e);
            }
        }
    }
}

package org.partnerbot.core.reminders;

import java.time.Clock;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.store.Database;
import org.partnerbot.core.testing.CoreDriver;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.core.wiring.ScheduleModule;

/** The core with the schedule and reminders installed, a recording messenger, and timers without Quartz. */
public final class SchedulingHarness implements AutoCloseable {

    public static final String WORKSPACE = "test";
    public static final String CONVERSATION = "C-test";

    public final CoreModule core;
    public final ScheduleModule scheduling;
    public final RecordingMessenger messenger = new RecordingMessenger();
    public final RecordingTimers timers = new RecordingTimers();
    public final CoreDriver driver;

    public SchedulingHarness(Database database, Clock clock) {
        this.core = new CoreModule(database, clock);
        this.scheduling = ScheduleModule.install(core.sendThrough(messenger)).attach(timers);
        this.driver = new CoreDriver(core, WORKSPACE, CONVERSATION);
    }

    public static SchedulingHarness inMemory(Clock clock) {
        return new SchedulingHarness(TestDatabases.inMemory(), clock);
    }

    public Partnership partnership() {
        return core.transactions().inTransaction(() -> core.partnerships().findByConversation(WORKSPACE, CONVERSATION)).orElseThrow();
    }

    public ReminderService reminders() {
        return scheduling.reminders();
    }

    @Override
    public void close() {
        scheduling.close();
        core.close();
    }
}

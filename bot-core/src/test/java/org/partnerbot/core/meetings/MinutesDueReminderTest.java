package org.partnerbot.core.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.reminders.quartz.QuartzTimers;
import org.partnerbot.core.store.Database;
import org.partnerbot.core.testing.AssemblyDriver;
import org.partnerbot.core.testing.CoreDriver;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.RecordingMessenger;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.core.wiring.ScheduleModule;

/**
 * {@code minutes due <N> working days}: on the morning the draft minutes are due, the meeting's chair is reminded by
 * direct message, through the outbox, unless the minutes were approved by then.
 */
class MinutesDueReminderTest {

    private static final String REMINDER = "(to cara) Reminder: the draft minutes of Weekly (Riverside, 2026-11-27) are due"
            + " for approval and circulation today, 2026-12-01 (2 working days after the meeting), and are still a draft.";

    private static void meeting(java.util.function.BiFunction<String, String, List<String>> say) {
        say.apply("cara", "setup Riverside");
        say.apply("cara", "agency add Police");
        say.apply("pat", "agency join Police");
        say.apply("cara", "minutes due 2 working days");
        say.apply("cara", "#startmeeting Weekly");
        say.apply("pat", "#info two call-outs");
    }

    @Test
    void theChairIsRemindedOnTheMorningTheDraftIsDueNotBeforeAndNotOnceApproved() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 1)) {
            meeting(driver::say);
            // Friday 27 November: two working days on is Tuesday 1 December (the weekend does not count).
            assertThat(driver.say("cara", "#endmeeting")).noneMatch(l -> l.contains("Reminder:"));

            driver.clock().set(Instant.parse("2026-12-01T08:59:00Z"));
            driver.scheduling().wakeups().deliver();
            assertThat(driver.messenger().drain()).as("not before the morning it is due").isEmpty();

            driver.clock().set(Instant.parse("2026-12-01T09:00:00Z"));
            driver.scheduling().wakeups().deliver();
            List<String> sent = driver.messenger().drain();
            assertThat(sent).contains(REMINDER,
                    "(to cara)   Approve them with `minutes approve 2026-11-27`, or correct an entry first with"
                            + " `minutes edit <entry> <text>`.");
            assertThat(sent).allMatch(l -> l.startsWith("(to cara)"));

            driver.scheduling().wakeups().deliver();
            assertThat(driver.messenger().drain()).as("once").isEmpty();
        }
    }

    @Test
    void minutesApprovedInTimeNeedNoReminder() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 1)) {
            meeting(driver::say);
            driver.say("cara", "#endmeeting");
            assertThat(driver.say("cara", "minutes approve")).anyMatch(l -> l.contains("approved by cara"));
            driver.clock().set(Instant.parse("2026-12-01T09:00:00Z"));
            driver.scheduling().wakeups().deliver();
            assertThat(driver.messenger().drain()).isEmpty();
        }
    }

    @Test
    void withoutARuleNothingIsScheduled() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 1)) {
            driver.say("cara", "setup Riverside");
            driver.say("cara", "#startmeeting Weekly");
            driver.say("cara", "#endmeeting");
            driver.clock().set(Instant.parse("2027-01-01T09:00:00Z"));
            driver.scheduling().wakeups().deliver();
            assertThat(driver.messenger().drain()).isEmpty();
        }
    }

    /** The running scheduler's outbox job sends it: real Quartz on an H2 file, the core's clock moved to the due day. */
    @Test
    void theRunningSchedulerSendsItWhenItIsDue(@TempDir Path dir) throws InterruptedException {
        MutableClock clock = MutableClock.at("2026-11-27T09:00:00Z");
        RecordingMessenger messenger = new RecordingMessenger();
        try (CoreModule core = new CoreModule(Database.open(TestDatabases.fileUrl(dir), "sa", ""), clock);
             ScheduleModule scheduling = ScheduleModule.install(core.sendThrough(messenger))) {
            CoreDriver driver = new CoreDriver(core, "test", "C-test");
            core.bot();
            scheduling.start(new QuartzTimers.Settings("partnerbot-minutes-due", Duration.ofSeconds(1),
                    "0 0 0 1 1 ? 2099", Duration.ofMillis(300), 2));
            meeting(driver::say);
            driver.say("cara", "#endmeeting");
            messenger.drain();

            clock.set(Instant.parse("2026-12-01T09:00:00Z"));
            List<String> sent = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(20);
            while (sent.stream().noneMatch(REMINDER::equals)) {
                assertThat(Instant.now()).as("the outbox job should have sent the reminder by now: " + sent).isBefore(deadline);
                Thread.sleep(100);
                sent.addAll(messenger.drain());
            }
        }
    }
}

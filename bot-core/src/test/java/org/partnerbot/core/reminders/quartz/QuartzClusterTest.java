package org.partnerbot.core.reminders.quartz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.reminders.Wakeups;
import org.partnerbot.core.reminders.WeeklyTimer;
import org.partnerbot.core.store.Database;
import org.partnerbot.core.testing.TestDatabases;

/** Two nodes on one database: a weekly timer fires on one of them, once. */
class QuartzClusterTest {

    private static final QuartzTimers.Settings SETTINGS = new QuartzTimers.Settings("partnerbot-cluster-test",
            Duration.ofMillis(500), "0 0 0 1 1 ? 2099", Duration.ofHours(1), 2);

    private static final class Recorder implements Wakeups {
        final List<String> fired = new CopyOnWriteArrayList<>();

        @Override
        public void weekly(long partnershipId, MessageKind kind, Instant firedFor) {
            fired.add(partnershipId + " " + kind + " " + firedFor);
        }

        @Override
        public void weeklySlot(WeeklyTimer slot, Instant firedFor) {
            fired.add(slot.slot() + " " + firedFor);
        }

        @Override
        public void sweep() {
        }

        @Override
        public void deliver() {
        }
    }

    @Test
    void aTimerFiresOnOneNodeOnly(@TempDir Path dir) throws Exception {
        String url = TestDatabases.fileUrl(dir);
        Recorder a = new Recorder();
        Recorder b = new Recorder();
        try (Database dbA = Database.open(url, "sa", ""); Database dbB = Database.open(url, "sa", "");
             QuartzTimers nodeA = QuartzTimers.create(dbA.dataSource(), false, a, SETTINGS);
             QuartzTimers nodeB = QuartzTimers.create(dbB.dataSource(), false, b, SETTINGS)) {
            nodeA.start();
            nodeB.start();
            Instant due = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
            ZonedDateTime local = due.atZone(ZoneId.of("UTC"));
            List<WeeklyTimer> timers = List.of(new WeeklyTimer(MessageKind.MEETING_START, local.getDayOfWeek(),
                    local.toLocalTime(), ZoneId.of("UTC")));
            nodeA.replaceWeekly(7, timers);
            assertThat(nodeB.nextFireTimes(timers)).as("both nodes see the same stored trigger").containsEntry("MEETING_START", due);

            Instant deadline = Instant.now().plusSeconds(15);
            while (a.fired.size() + b.fired.size() == 0) {
                assertThat(Instant.now()).isBefore(deadline);
                Thread.sleep(50);
            }
            Thread.sleep(1500);
            List<String> all = new java.util.ArrayList<>(a.fired);
            all.addAll(b.fired);
            assertThat(all).containsExactly(timers.get(0).slot() + " " + due);
        }
    }
}

package org.partnerbot.core.outbox;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.core.reminders.SchedulingHarness;
import org.partnerbot.core.store.Database;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/** A reminder that could not be sent before the bot stopped goes out after it starts again, once. */
class OutboxRestartTest {

    @Test
    void aFailedSendSurvivesARestartAndGoesOutOnce(@TempDir Path dir) {
        MutableClock clock = MutableClock.at("2026-11-27T10:00:00Z");
        long id;
        try (SchedulingHarness before = new SchedulingHarness(Database.open(TestDatabases.fileUrl(dir), "sa", ""), clock)) {
            before.driver.say("sam", "setup Northside");
            before.driver.say("sam", "schedule weekly tue 10:00 Europe/London");
            id = before.partnership().id();
            before.messenger.failNext(1, false);
            clock.set(Instant.parse("2026-11-30T10:00:00Z"));
            before.reminders().weekly(id, MessageKind.AGENDA_CALL, clock.instant());
            assertThat(before.messenger.sent()).isEmpty();
        }
        clock.advance(Duration.ofMinutes(5));
        try (SchedulingHarness after = new SchedulingHarness(Database.open(TestDatabases.fileUrl(dir), "sa", ""), clock)) {
            after.reminders().weekly(id, MessageKind.AGENDA_CALL, Instant.parse("2026-11-30T10:00:00Z"));
            assertThat(after.messenger.take()).singleElement().satisfies(s -> assertThat(s.text()).contains("Agenda call: Northside"));
            after.reminders().deliver();
            assertThat(after.messenger.sent()).isEmpty();
        }
    }
}

package org.partnerbot.core.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.AssemblyDriver;
import org.partnerbot.core.testing.Scenario;
import org.partnerbot.core.testing.TestPostgres;

/** The trust model's migrations and queries on a real PostgreSQL: the scenario, and retention with the clock moved on. */
class WhoMaySeeWhatOnPostgresTest {

    @Test
    void theScenarioAndTheRetentionSweepRunOnPostgres() {
        try (AssemblyDriver d = AssemblyDriver.on(TestPostgres.freshDatabaseUrl(), "2026-11-27T09:00:00Z", 1)) {
            Scenario.load("who-may-see-what.txt").runAgainst(d);
        }
        try (AssemblyDriver d = AssemblyDriver.on(TestPostgres.freshDatabaseUrl(), "2026-11-27T09:00:00Z", 1)) {
            d.say("sam", "setup Northside");
            d.say("sam", "#startmeeting Old");
            d.say("sam", "#action @sam closed long ago");
            d.say("sam", "#action @sam still open");
            d.say("dan", "a line");
            d.say("sam", "#endmeeting");
            d.say("sam", "action done 1");
            d.say("sam", "kudos @dan for the line");
            d.say("sam", "pairing now");
            d.say("sam", "retention 1 year");
            d.clock().advance(Duration.ofDays(400));
            d.scheduling().wakeups().sweep();
            assertThat(String.join("\n", d.say("sam", "minutes"))).contains("No meeting has ended here yet");
            assertThat(String.join("\n", d.say("sam", "actions"))).contains("still open").doesNotContain("closed long ago");
            assertThat(String.join("\n", d.say("sam", "audit"))).contains("deleted records past the retention period (1 meetings,"
                    + " 1 actions, 1 kudos, 1 pairing rounds");
        }
    }
}

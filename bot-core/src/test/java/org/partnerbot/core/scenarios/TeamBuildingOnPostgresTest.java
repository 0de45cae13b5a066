package org.partnerbot.core.scenarios;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.AssemblyDriver;
import org.partnerbot.core.testing.Scenario;
import org.partnerbot.core.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/** Team building's migrations and queries on a real PostgreSQL, through the same conversations as on H2. */
class TeamBuildingOnPostgresTest {

    @Test
    void theTeamBuildingScenariosRunOnPostgres() {
        try (AssemblyDriver driver = AssemblyDriver.on(TestPostgres.freshDatabaseUrl(), "2026-11-27T09:00:00Z", 42)) {
            Scenario.load("teambuilding.txt").runAgainst(driver);
        }
        try (AssemblyDriver driver = AssemblyDriver.on(TestPostgres.freshDatabaseUrl(), "2026-11-27T08:00:00Z", 1)) {
            Scenario.load("health-report.txt").runAgainst(driver);
            // The periodic queries too: the weekly round (Monday from 09:00) and the digest of the last meeting.
            driver.say("sam", "pairing weekly on mon");
            driver.messenger().drain();
            driver.clock().set(Instant.parse("2026-11-30T10:00:00Z"));
            driver.teamBuilding().runDue(driver.clock().instant());
            driver.core().dispatcher().deliverDue();
            assertThat(driver.messenger().drain()).contains("Coffee chats this week (20 minutes, across agencies)",
                    "Weekly digest after the meeting — the partnership in figures:");
            driver.teamBuilding().runDue(driver.clock().instant());
            driver.core().dispatcher().deliverDue();
            assertThat(driver.messenger().drain()).isEmpty();
        }
        try (AssemblyDriver driver = AssemblyDriver.on(TestPostgres.freshDatabaseUrl(), "2026-11-27T09:00:00Z", 1)) {
            Scenario.load("calendar.txt").runAgainst(driver);
        }
    }
}

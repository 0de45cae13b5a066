package org.partnerbot.core.teambuilding;

import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.Scenario;
import org.partnerbot.core.testing.TestPostgres;

/** Team building's migrations and queries on a real PostgreSQL, through the same conversations as on H2. */
class TeamBuildingOnPostgresTest {

    @Test
    void theTeamBuildingScenariosRunOnPostgres() {
        try (TeamBuildingDriver driver = TeamBuildingDriver.on(TestPostgres.freshDatabaseUrl(), "2026-11-27T09:00:00Z", 42)) {
            Scenario.load("teambuilding.txt").runAgainst(driver);
        }
        try (TeamBuildingDriver driver = TeamBuildingDriver.on(TestPostgres.freshDatabaseUrl(), "2026-11-27T08:00:00Z", 1)) {
            Scenario.load("health-report.txt").runAgainst(driver);
        }
        try (TeamBuildingDriver driver = TeamBuildingDriver.on(TestPostgres.freshDatabaseUrl(), "2026-11-27T09:00:00Z", 1)) {
            Scenario.load("calendar.txt").runAgainst(driver);
        }
    }
}

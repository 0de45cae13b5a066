package org.partnerbot.core.health;

import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.TeamBuildingDriver;
import org.partnerbot.core.testing.Scenario;

class HealthReportConversationTest {

    @Test
    void reportFiguresMatchTheHandComputedPartnership() {
        try (TeamBuildingDriver driver = new TeamBuildingDriver("2026-11-27T08:00:00Z", 1)) {
            Scenario.load("health-report.txt").runAgainst(driver);
        }
    }
}

package org.partnerbot.core.health;

import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.AssemblyDriver;
import org.partnerbot.core.testing.Scenario;

class HealthReportConversationTest {

    @Test
    void reportFiguresMatchTheHandComputedPartnership() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T08:00:00Z", 1)) {
            Scenario.load("health-report.txt").runAgainst(driver);
        }
    }
}

package org.partnerbot.core.scenarios;

import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.AssemblyDriver;
import org.partnerbot.core.testing.Scenario;

class TeamBuildingConversationTest {

    @Test
    void everyTeamBuildingCommandWorksInConversation() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 42)) {
            Scenario.load("teambuilding.txt").runAgainst(driver);
        }
    }
}

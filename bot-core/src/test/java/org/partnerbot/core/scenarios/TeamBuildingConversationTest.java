package org.partnerbot.core.scenarios;

import org.partnerbot.core.testing.TeamBuildingDriver;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.Scenario;

class TeamBuildingConversationTest {

    @Test
    void everyTeamBuildingCommandWorksInConversation() {
        try (TeamBuildingDriver driver = new TeamBuildingDriver("2026-11-27T09:00:00Z", 42)) {
            Scenario.load("teambuilding.txt").runAgainst(driver);
        }
    }
}

package org.partnerbot.teams;

import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.Scenario;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.teams.support.FakeConnector;
import org.partnerbot.teams.support.TeamsDriver;
import org.partnerbot.teams.support.TeamsHarness;

class TeamsScenarioTest {

    @Test
    void theMeetingCycleRunsInATeamChannelWithTheSameOutcomesAsTheConsole() throws Exception {
        try (CoreModule core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"));
             FakeConnector connector = new FakeConnector();
             TeamsHarness harness = TeamsHarness.anonymous(core)) {
            Scenario.load("partnership-cycle.txt").runAgainst(new TeamsDriver(harness, connector));
        }
    }
}

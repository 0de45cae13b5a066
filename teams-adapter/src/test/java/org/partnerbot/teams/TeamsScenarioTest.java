package org.partnerbot.teams;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.Scenario;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.teams.support.FakeConnector;
import org.partnerbot.teams.support.TeamsDriver;
import org.partnerbot.teams.support.TeamsHarness;

/** The core's conversation scenarios, said in a Teams channel, have the same outcomes as in the console. */
class TeamsScenarioTest {

    @ParameterizedTest
    @ValueSource(strings = {"partnership-cycle.txt", "every-command.txt"})
    void aScenarioRunsInATeamChannelWithTheSameOutcomesAsTheConsole(String scenario) throws Exception {
        try (CoreModule core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"));
             FakeConnector connector = new FakeConnector();
             TeamsHarness harness = TeamsHarness.anonymous(core)) {
            Scenario.load(scenario).runAgainst(new TeamsDriver(harness, connector));
        }
    }
}

package org.partnerbot.teams;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.Scenario;
import org.partnerbot.core.testing.ScenarioFile;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.testing.TickingDriver;
import org.partnerbot.core.wiring.Assembly;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.core.wiring.ScheduleModule;
import org.partnerbot.teams.support.FakeConnector;
import org.partnerbot.teams.support.TeamsDriver;
import org.partnerbot.teams.support.TeamsHarness;

/** The core's conversation scenarios, said in a Teams channel, have the same outcomes as in the console. */
class TeamsScenarioTest {

    /** Every scenario file through a Teams channel on the full assembly; personal messages read as the console shows them. */
    @ParameterizedTest
    @EnumSource(ScenarioFile.class)
    void everyScenarioRunsInATeamChannelOnTheFullAssembly(ScenarioFile scenario) throws Exception {
        MutableClock clock = scenario.clock();
        try (Assembly assembly = Assembly.on(TestDatabases.inMemory(), clock, ScenarioFile.seeds(scenario.seed()),
                () -> ScheduleModule.DEFAULT_BASE_URL);
             FakeConnector connector = new FakeConnector();
             TeamsHarness harness = TeamsHarness.anonymous(assembly.core())) {
            scenario.scenario().runAgainst(new TickingDriver(new TeamsDriver(harness, connector), clock, scenario.tick()));
        }
    }

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

package org.partnerbot.teams;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerbot.core.i18n.Messages;
import org.partnerbot.core.testing.BothLanguages;
import org.partnerbot.core.testing.ConversationDriver;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.Scenario;
import org.partnerbot.core.testing.ScenarioFile;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.testing.TickingDriver;
import org.partnerbot.core.wiring.Assembly;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.teams.support.FakeConnector;
import org.partnerbot.teams.support.TeamsDriver;
import org.partnerbot.teams.support.TeamsHarness;

/** The core's conversation scenarios, said in a Teams channel, have the same outcomes as in the console. */
class TeamsScenarioTest {

    /**
     * Every scenario file through a Teams channel on the full assembly; personal messages read as the console shows
     * them. Beside it, the same lines come from Teams clients set to Welsh ({@code cy-GB}) in a channel that reads
     * Welsh, which must mean the same ({@link BothLanguages}).
     */
    @ParameterizedTest
    @EnumSource(ScenarioFile.class)
    void everyScenarioRunsInATeamChannelOnTheFullAssemblyInEnglishAndWelsh(ScenarioFile scenario) throws Exception {
        BothLanguages.run(scenario, (messages, welsh) -> {
            Channel channel = new Channel(scenario, messages, welsh ? "cy-GB" : null);
            return new BothLanguages.Opened(channel.driver, channel.assembly.core(), channel);
        });
    }

    /** A team channel on the full assembly at the scenario's start, time passing before each line as it says. */
    private static final class Channel implements AutoCloseable {

        final Assembly assembly;
        final FakeConnector connector;
        final TeamsHarness harness;
        final ConversationDriver driver;

        Channel(ScenarioFile scenario, Messages messages, String locale) throws Exception {
            MutableClock clock = scenario.clock();
            assembly = scenario.assembly(clock, messages);
            connector = new FakeConnector();
            harness = TeamsHarness.anonymous(assembly.core());
            driver = new TickingDriver(new TeamsDriver(harness, connector, locale), clock, scenario.tick());
        }

        @Override
        public void close() {
            harness.close();
            connector.close();
            assembly.close();
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

package org.partnerbot.core.scenarios;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnerbot.core.testing.AssemblyDriver;
import org.partnerbot.core.testing.ScenarioFile;

/** Every scenario file, said to the core as the launcher assembles it (the console, Slack and Teams run them too). */
class EveryScenarioThroughTheCoreTest {

    @ParameterizedTest
    @EnumSource(ScenarioFile.class)
    void theScenarioRunsOnTheFullAssembly(ScenarioFile scenario) {
        try (AssemblyDriver driver = new AssemblyDriver(scenario)) {
            scenario.scenario().runAgainst(driver);
        }
    }
}

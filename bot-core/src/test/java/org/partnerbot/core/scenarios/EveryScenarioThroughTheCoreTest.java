package org.partnerbot.core.scenarios;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnerbot.core.testing.AssemblyDriver;
import org.partnerbot.core.testing.BothLanguages;
import org.partnerbot.core.testing.ScenarioFile;

/**
 * Every scenario file, said to the core as the launcher assembles it (the console, Slack and Teams run them too), in
 * English and, in lockstep, by people whose platform says they read Welsh in channels that read Welsh.
 */
class EveryScenarioThroughTheCoreTest {

    @ParameterizedTest
    @EnumSource(ScenarioFile.class)
    void theScenarioRunsOnTheFullAssemblyInEnglishAndWelsh(ScenarioFile scenario) throws Exception {
        BothLanguages.run(scenario, (messages, welsh) -> {
            AssemblyDriver driver = AssemblyDriver.reading(scenario, messages, welsh ? "cy-GB" : null);
            return new BothLanguages.Opened(driver, driver.core(), driver);
        });
    }
}

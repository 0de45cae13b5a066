package org.partnerbot.core.bot;

import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.CoreDriver;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.Scenario;

class PartnershipCycleTest {

    @Test
    void aWholeMeetingCycleRunsThroughTheCore() {
        try (CoreDriver driver = CoreDriver.inMemory(MutableClock.at("2026-11-27T10:00:00Z"))) {
            Scenario.load("partnership-cycle.txt").runAgainst(driver);
        }
    }

    @Test
    void everyCommandOfTheGrammarRunsThroughTheCore() {
        try (CoreDriver driver = CoreDriver.inMemory(MutableClock.at("2026-11-27T10:00:00Z"))) {
            Scenario.load("every-command.txt").runAgainst(driver);
        }
    }
}

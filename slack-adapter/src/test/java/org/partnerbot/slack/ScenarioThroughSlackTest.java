package org.partnerbot.slack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnerbot.core.testing.BothLanguages;
import org.partnerbot.core.testing.Scenario;
import org.partnerbot.core.testing.ScenarioFile;
import org.partnerbot.core.testing.TickingDriver;

/** The core's meeting cycle, played through Slack, has the same outcomes as in the console. */
class ScenarioThroughSlackTest {

    @Test
    void theMeetingCycleRunsThroughSlashCommandsAndChannelMessages() throws Exception {
        try (SlackTestbed bed = new SlackTestbed()) {
            Scenario.load("partnership-cycle.txt").runAgainst(new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND));
        }
    }

    @Test
    void everyCoreCommandRunsThroughSlack() throws Exception {
        try (SlackTestbed bed = new SlackTestbed()) {
            Scenario.load("every-command.txt").runAgainst(new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND));
        }
    }

    @Test
    void theScheduleScenarioRunsThroughSlackWithTheScheduleInstalled() throws Exception {
        try (SlackTestbed bed = new SlackTestbed()) {
            Scenario.load("schedule.txt").runAgainst(new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND));
        }
    }

    /**
     * Every scenario file through Slack on the full assembly; direct messages read as the console shows them. Beside
     * it, the same lines come from people whose Slack is set to Welsh ({@code users.info} says {@code cy-GB}) in a
     * channel that reads Welsh, which must mean the same ({@link BothLanguages}).
     */
    @ParameterizedTest
    @EnumSource(ScenarioFile.class)
    void everyScenarioRunsThroughSlackOnTheFullAssemblyInEnglishAndWelsh(ScenarioFile scenario) throws Exception {
        BothLanguages.run(scenario, (messages, welsh) -> {
            SlackTestbed bed = new SlackTestbed(scenario, messages, welsh ? "cy-GB" : null);
            return new BothLanguages.Opened(new TickingDriver(new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND),
                    bed.clock, scenario.tick()), bed.core, bed);
        });
    }

    @Test
    void theMeetingCycleRunsThroughMentions() throws Exception {
        try (SlackTestbed bed = new SlackTestbed()) {
            Scenario.load("partnership-cycle.txt").runAgainst(new SlackDriver(bed, SlackDriver.Style.MENTION));
        }
    }
}

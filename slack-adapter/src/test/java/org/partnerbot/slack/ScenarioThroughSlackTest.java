package org.partnerbot.slack;

import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.Scenario;

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

    @Test
    void theMeetingCycleRunsThroughMentions() throws Exception {
        try (SlackTestbed bed = new SlackTestbed()) {
            Scenario.load("partnership-cycle.txt").runAgainst(new SlackDriver(bed, SlackDriver.Style.MENTION));
        }
    }
}

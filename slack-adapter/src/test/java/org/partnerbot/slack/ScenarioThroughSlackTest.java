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
        java.util.concurrent.atomic.AtomicReference<org.partnerbot.core.messaging.Messenger> slack = new java.util.concurrent.atomic.AtomicReference<>();
        try (SlackTestbed bed = new SlackTestbed(core -> org.partnerbot.core.wiring.ScheduleModule.install(core,
                (d, r) -> slack.get().send(d, r)))) {
            slack.set(bed.adapter.messenger());
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

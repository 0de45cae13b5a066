package org.partnerbot.core.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.AssemblyDriver;

/** At #endmeeting the draft minutes go by direct message to the representatives of agencies that were not there. */
class DraftMinutesDistributionTest {

    @Test
    void repsOfAbsentAndApologisingAgenciesGetTheDraftAndNobodyElse() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 1)) {
            driver.say("cara", "setup Riverside");
            driver.say("cara", "agency add Police");
            driver.say("cara", "agency add Housing");
            driver.say("cara", "agency add Health");
            driver.say("pat", "agency join Police");
            driver.say("hugo", "agency join Housing");
            driver.say("hana", "agency join Health");
            driver.say("cara", "agency rep Police @pat");
            driver.say("cara", "agency rep Housing @hugo");
            driver.say("cara", "agency deputy Health @hana");
            driver.say("cara", "#startmeeting Weekly");
            driver.say("pat", "#here");
            driver.say("cara", "#apologies Health");
            driver.say("cara", "#agreed Share the list");
            String said = String.join("\n", driver.say("cara", "#endmeeting"));
            assertThat(said.lines().filter(l -> l.contains("Your agency was not at Weekly of Riverside")).toList())
                    .as("one message each to Housing's rep (absent) and Health's deputy (apologies), none to Police (present):\n"
                            + said)
                    .hasSize(2).anyMatch(l -> l.startsWith("(to hugo)")).anyMatch(l -> l.startsWith("(to hana)"))
                    .noneMatch(l -> l.startsWith("(to pat)"));
            assertThat(said).contains("Status: DRAFT");
        }
    }
}

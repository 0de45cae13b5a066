package org.partnerbot.core.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.AssemblyDriver;

/** The record's replies count the way the language counts, and a Welsh reader reads them in Welsh. */
class RecordWordsTest {

    @Test
    void aPartnershipOfOneAgencyIsNotToldAboutTheOneAgencies() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 1)) {
            driver.say("cara", "setup Riverside");
            driver.say("cara", "agency add Police");
            String said = String.join("\n", driver.say("cara", "quorum 3"));
            assertThat(said).contains("Riverside has one agency, so its quorum can only be 1.").doesNotContain("1 agencies");
            driver.say("cara", "agency add Health");
            assertThat(String.join("\n", driver.say("cara", "quorum 3")))
                    .contains("The quorum must be between 1 and the 2 agencies of Riverside.");
            assertThat(String.join("\n", driver.say("cara", "minutes due 1 working days")))
                    .contains("due for approval and circulation 1 working day after each meeting");
        }
    }

    @Test
    void aWelshReaderIsRefusedInWelshAndTheChannelStillReadsItsPolicy() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 1)) {
            driver.say("cara", "setup Riverside");
            driver.say("cara", "agency add Police");
            driver.say("pat", "agency join Police");
            driver.say("pat", "language cy");
            assertThat(String.join("\n", driver.say("pat", "#vote yes"))).contains("Does dim cyfarfod yn rhedeg");
            driver.say("cara", "#startmeeting Weekly");
            assertThat(String.join("\n", driver.say("pat", "#vote yes"))).contains("Does dim cynnig ar agor");
            assertThat(String.join("\n", driver.say("pat", "action done 9"))).contains("Does dim cam gweithredu 9");
            assertThat(String.join("\n", driver.say("pat", "#here"))).contains("pat is here for Police.");
        }
    }
}

package org.partnerbot.core.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.AssemblyDriver;

/** {@code #round}: an agency answered once one of its people spoke after the round began; status and minutes say so. */
class AgencyRoundTest {

    private static AssemblyDriver partnership() {
        AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 1);
        driver.say("cara", "setup Riverside");
        driver.say("cara", "agency add Police");
        driver.say("cara", "agency add Health");
        driver.say("cara", "agency add Housing");
        driver.say("pat", "agency join Police");
        driver.say("hana", "agency join Health");
        driver.say("hugo", "agency join Housing");
        driver.say("cara", "#startmeeting Weekly");
        return driver;
    }

    @Test
    void speakingAfterBeingAskedCountsSpeakingBeforeDoesNot() {
        try (AssemblyDriver driver = partnership()) {
            driver.say("pat", "we had two call-outs");
            String round = String.join("\n", driver.say("cara", "#round"));
            assertThat(round).contains("Agency round — each agency's update, quietest first", "Health (not heard yet)",
                    "Police (has spoken: 1)");
            assertThat(round.indexOf("Health")).as("quietest first").isLessThan(round.indexOf("Police"));

            driver.say("hana", "the GP has seen the family");
            String status = String.join("\n", driver.say("cara", "#round status"));
            assertThat(status).contains("Agency round — 1 of 3 agencies answered", "Health: answered",
                    "Housing: not answered", "Police: not answered");

            driver.say("pat", "#info the address is confirmed");
            assertThat(String.join("\n", driver.say("cara", "#round status")))
                    .contains("2 of 3 agencies answered", "Police: answered", "Housing: not answered");

            String minutes = String.join("\n", driver.say("cara", "#endmeeting"));
            assertThat(minutes).containsPattern("Agency round \\(entry \\d+\\) — 2 of 3 agencies answered")
                    .contains("Health: answered", "Police: answered", "Housing: not answered");
        }
    }

    @Test
    void aSecondRoundCountsOnlyWhatWasSaidAfterIt() {
        try (AssemblyDriver driver = partnership()) {
            driver.say("cara", "#round");
            driver.say("hugo", "nothing new from housing");
            driver.say("cara", "#round");
            String status = String.join("\n", driver.say("cara", "#round status"));
            assertThat(status).contains("0 of 3 agencies answered", "Housing: not answered");
            String minutes = String.join("\n", driver.say("cara", "#endmeeting"));
            assertThat(minutes).containsPattern("Agency round \\(entry 1\\) — 1 of 3 agencies answered")
                    .containsPattern("Agency round \\(entry 2\\) — 0 of 3 agencies answered");
        }
    }

    @Test
    void refusalsAndUndo() {
        try (AssemblyDriver driver = partnership()) {
            assertThat(driver.say("cara", "#round status")).anyMatch(l -> l.contains("No agency round has been started"));
            assertThat(driver.say("pat", "#round")).anyMatch(l -> l.contains("Only chairs"));
            assertThat(driver.say("cara", "#round sideways")).anyMatch(l -> l.contains("I don't know \"sideways\""));
            driver.say("cara", "#round");
            assertThat(driver.say("cara", "#undo")).anyMatch(l -> l.contains("Removed from the minutes"));
            assertThat(driver.say("cara", "#round status")).anyMatch(l -> l.contains("No agency round has been started"));
            assertThat(String.join("\n", driver.say("cara", "#endmeeting"))).doesNotContain("Agency round (entry");
        }
    }
}

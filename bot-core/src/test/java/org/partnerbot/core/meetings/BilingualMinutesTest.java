package org.partnerbot.core.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.AssemblyDriver;

/**
 * A bilingual partnership's minutes at #endmeeting come in full in Welsh, then in English; the start of a meeting is
 * in both, with what the hooks add (roll call, icebreaker) once, in Welsh.
 */
class BilingualMinutesTest {

    @Test
    void welshFirstThenEnglishEachInFull() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 1)) {
            driver.say("cara", "setup Riverside");
            driver.say("cara", "agency add Police");
            driver.say("cara", "agency add Housing");
            driver.say("pat", "agency join Police");
            driver.say("cara", "quorum 2");
            driver.say("cara", "language policy bilingual");
            String start = String.join("\n", driver.say("cara", "#startmeeting Weekly"));
            assertThat(start).contains("Cyfarfod wedi dechrau: Weekly", "Meeting started: Weekly", "Dywedwch `#here`")
                    .doesNotContain("Say `#here`");
            assertThat(start.indexOf("Cyfarfod wedi dechrau")).as("Welsh first").isLessThan(start.indexOf("Meeting started"));
            driver.say("pat", "#info two call-outs");
            driver.say("cara", "#agreed Share the list");
            List<String> said = driver.say("cara", "#endmeeting");
            String all = String.join("\n", said);
            assertThat(all).contains("Cofnodion: Weekly", "Minutes: Weekly", "Penderfyniadau (1)", "Decisions (1)",
                    "GWYBODAETH: two call-outs", "INFO: two call-outs", "Presenoldeb fesul asiantaeth", "Attendance by agency",
                    "Housing: yn absennol", "Housing: absent", "Statws: DRAFFT", "Status: DRAFT");
            assertThat(all.indexOf("Cofnodion: Weekly")).as("Welsh first").isLessThan(all.indexOf("Minutes: Weekly"));
            assertThat(all.indexOf("Statws: DRAFFT")).as("the Welsh minutes end before the English begin")
                    .isLessThan(all.indexOf("Minutes: Weekly"));
        }
    }

    @Test
    void anEnglishPartnershipsMinutesAreEnglishOnlyAndAWelshReaderGetsTheDraftInWelsh() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 1)) {
            driver.say("cara", "setup Riverside");
            driver.say("cara", "agency add Housing");
            driver.say("hugo", "agency join Housing");
            driver.say("hugo", "language cy");
            driver.say("cara", "agency rep Housing @hugo");
            driver.say("cara", "#startmeeting Weekly");
            String all = String.join("\n", driver.say("cara", "#endmeeting"));
            assertThat(all).contains("Minutes: Weekly");
            assertThat(all.lines().filter(l -> !l.startsWith("(to hugo)")).toList()).noneMatch(l -> l.contains("Cofnodion"));
            assertThat(all).contains("(to hugo) Nid oedd eich asiantaeth yn Weekly Riverside", "(to hugo) Cofnodion: Weekly",
                    "(to hugo)   • Housing: yn absennol");
        }
    }
}

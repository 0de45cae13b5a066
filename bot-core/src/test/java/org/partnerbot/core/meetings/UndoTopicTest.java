package org.partnerbot.core.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.AssemblyDriver;

/** {@code #undo} of a {@code #topic} that named an agenda item puts the item back on the agenda. */
class UndoTopicTest {

    @Test
    void theAgendaItemATopicMarkedIsBackOnTheAgendaAfterUndo() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 1)) {
            driver.say("cara", "setup Riverside");
            driver.say("dan", "agenda add Referral backlog from schools");
            driver.say("dan", "agenda add School transport");
            driver.say("cara", "#startmeeting Weekly");
            assertThat(driver.say("cara", "#topic 1")).anyMatch(l -> l.contains("Topic: Referral backlog from schools (agenda item 1)"));
            assertThat(String.join("\n", driver.say("dan", "agenda"))).doesNotContain("Referral backlog");

            assertThat(driver.say("cara", "#undo")).anyMatch(l -> l.equals(
                    "Removed from the minutes: TOPIC: Referral backlog from schools. Agenda item 1 is back on the agenda, not discussed."));
            assertThat(String.join("\n", driver.say("dan", "agenda"))).contains("Referral backlog from schools");

            // Named again, it is marked again; the meeting's end carries over only what was not discussed.
            assertThat(driver.say("cara", "#topic Referral backlog from schools")).anyMatch(l -> l.contains("(agenda item 1)"));
            String minutes = String.join("\n", driver.say("cara", "#endmeeting"));
            assertThat(minutes).contains("1 agenda item not reached is carried over");
            String agenda = String.join("\n", driver.say("dan", "agenda"));
            assertThat(agenda).contains("School transport").doesNotContain("Referral backlog");
        }
    }

    @Test
    void undoOfAPlainTopicOrASecondMentionLeavesTheAgendaAlone() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 1)) {
            driver.say("cara", "setup Riverside");
            driver.say("dan", "agenda add School transport");
            driver.say("cara", "#startmeeting Weekly");
            driver.say("cara", "#topic School transport");
            driver.say("cara", "#topic School transport");
            assertThat(driver.say("cara", "#undo")).anyMatch(l -> l.equals("Removed from the minutes: TOPIC: School transport."));
            assertThat(String.join("\n", driver.say("dan", "agenda"))).doesNotContain("School transport");
            assertThat(driver.say("cara", "#topic Something else")).anyMatch(l -> l.contains("Topic: Something else"));
            assertThat(driver.say("cara", "#undo")).anyMatch(l -> l.equals("Removed from the minutes: TOPIC: Something else."));
        }
    }
}

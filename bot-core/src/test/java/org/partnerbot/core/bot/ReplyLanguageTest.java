package org.partnerbot.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.ConversationKind;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.testing.AssemblyDriver;

/**
 * A platform adds words of its own to an answer (a file's note, "Show more", "N more did not fit") in the language the
 * reply names. An answer to the asker alone names the asker's, whichever command wrote it; before, only a few commands
 * did, and a Welsh reader's minutes export came with an English "shared as a file below".
 */
class ReplyLanguageTest {

    @Test
    void everyAnswerToTheAskerAloneNamesTheAskersLanguage() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 1)) {
            driver.say("sam", "setup Northside");
            driver.say("sam", "agenda add Winter pressures");
            driver.say("dan", "hello");
            driver.say("dan", "language cy");
            driver.say("sam", "#startmeeting Weekly");
            driver.say("sam", "#endmeeting");

            for (String command : new String[] {"agenda", "minutes export", "minutes export html last", "actions mine"}) {
                assertThat(ask(driver, "dan", command)).as(command).hasValueSatisfying(r -> assertThat(r.language()).isEqualTo("cy"));
                assertThat(ask(driver, "sam", command)).as(command).hasValueSatisfying(r -> assertThat(r.language()).isEqualTo("en"));
            }
        }
    }

    private static Optional<Reply> ask(AssemblyDriver driver, String who, String text) {
        Inbound in = new Inbound("test", "C-test", "test:C-test", ConversationKind.CHANNEL, new Speaker(who, who, null), text,
                true, null, null);
        return driver.core().bot().handle(in);
    }
}

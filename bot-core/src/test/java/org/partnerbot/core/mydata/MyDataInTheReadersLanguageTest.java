package org.partnerbot.core.mydata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.ConversationKind;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.testing.AssemblyDriver;

/**
 * A subject access request is answered in the language it was asked in: a Welsh reader's `my data` file is Welsh from
 * its title to the status of each action, with what people typed kept as they typed it. Real H2, the whole bot.
 */
class MyDataInTheReadersLanguageTest {

    private static final String WORKSPACE = "test";
    private static final String CHANNEL = "C-test";

    @Test
    void aWelshReadersFileIsInWelshAndAnEnglishReadersInEnglish() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 7)) {
            say(driver, "sam", "setup Northside");
            say(driver, "sam", "agency add Heddlu");
            say(driver, "dan", "agency join Heddlu");
            say(driver, "sam", "duty add Safeguarding lead");
            say(driver, "dan", "duty claim Safeguarding lead");
            say(driver, "dan", "agenda add Custody backlog");
            say(driver, "sam", "#startmeeting Weekly");
            say(driver, "dan", "#info two visits");
            say(driver, "sam", "#action <@dan|dan> call the school");
            say(driver, "sam", "#endmeeting");
            say(driver, "dan", "iaith cy");

            String welsh = file(say(driver, "dan", "fy nata"));
            assertThat(welsh).contains("# Popeth sydd gan Partnerbot amdanoch chi", "- Enw: dan", "## Northside",
                    "- Asiantaeth: Heddlu", "- Rolau: aelod", "### Dyletswyddau sydd gennych", "- Safeguarding lead",
                    "1. call the school — ar agor", "1. Custody backlog — ", "Weekly: 1 llinell",
                    "GWYBODAETH: two visits", "wedi allforio eu data eu hunain", "### Diolch a gawsoch", "Dim.");
            assertThat(welsh).as("no English heading or status left").doesNotContain("Everything Partnerbot holds",
                    "Duties you hold", "Agency:", "— open", "None.", "1 lines");

            String english = file(say(driver, "sam", "my data"));
            assertThat(english).contains("# Everything Partnerbot holds about you", "- Roles: admin",
                    "### Duties you hold", "None.").doesNotContain("Popeth sydd gan");
        }
    }

    private static String file(Reply reply) {
        return reply.blocks().stream().filter(b -> b instanceof Block.Attachment).map(b -> ((Block.Attachment) b).content())
                .findFirst().orElseThrow();
    }

    private static Reply say(AssemblyDriver driver, String speaker, String text) {
        driver.clock().advance(java.time.Duration.ofMinutes(1));
        return driver.core().bot().handle(new Inbound(WORKSPACE, CHANNEL, "test:" + CHANNEL, ConversationKind.CHANNEL,
                new Speaker(speaker, speaker, null), text, true, null, null)).orElse(Reply.silent());
    }
}

package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Language;

/**
 * Issue 17's acceptance on Slack: a Welsh-locale user and an English-locale one in the same partnership each read
 * their own language in what only they see, from Slack's user locale ({@code users.info} with
 * {@code include_locale}), and the channel follows the partnership's policy, Welsh first when bilingual.
 */
class LanguagesThroughSlackTest {

    private static final IcuMessages MESSAGES = IcuMessages.standard();

    @Test
    void eachReaderGetsTheirOwnLanguageAndTheChannelFollowsThePolicy() throws Exception {
        try (SlackTestbed bed = new SlackTestbed()) {
            bed.api.locale("UDAN", "cy-GB");
            bed.api.locale("USAM", "en-GB");
            SlackDriver slack = new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND);
            slack.say("sam", "setup Northside");
            slack.say("sam", "agency add Heddlu Gogledd Cymru");
            slack.say("dan", "agency join Heddlu Gogledd Cymru");

            assertThat(bed.api.calls("users.info")).as("the locale is asked for").isNotEmpty()
                    .allSatisfy(c -> assertThat(c.param("include_locale")).isIn("1", "true"));

            List<String> danHelp = slack.say("dan", "help");
            assertThat(danHelp).as("dan's Slack is in Welsh").isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("(to dan) "));
            assertThat(String.join("\n", danHelp)).contains(MESSAGES.text(Language.CY, "help.commands"), "`camau`")
                    .doesNotContain(MESSAGES.text(Language.EN, "help.commands"));
            List<String> samHelp = slack.say("sam", "help");
            assertThat(String.join("\n", samHelp)).contains(MESSAGES.text(Language.EN, "help.commands"))
                    .doesNotContain(MESSAGES.text(Language.CY, "help.commands"));

            // A refusal, typed in English by the Welsh reader, still answers in Welsh.
            assertThat(String.join("\n", slack.say("dan", "language policy bilingual")))
                    .contains(MESSAGES.text(Language.CY, "refusal.onlyRole", "gweinyddwyr (sam)", "iaith polisi"));

            // English in the channel until the admin sets the policy, then both: Welsh first.
            assertThat(String.join("\n", slack.say("dan", "kudos @sam for the set-up"))).contains("Kudos to sam from dan")
                    .doesNotContain("Diolch i");
            slack.say("sam", "language policy bilingual");
            String both = String.join("\n", slack.say("sam", "kudos @dan for the referral list"));
            assertThat(both).contains("Diolch i dan (Heddlu Gogledd Cymru) gan sam: for the referral list",
                    "Kudos to dan (Heddlu Gogledd Cymru) from sam: for the referral list");
            assertThat(both.indexOf("Diolch i")).as("Welsh first").isLessThan(both.indexOf("Kudos to"));

            // dan's own choice outranks his Slack locale.
            slack.say("dan", "iaith en");
            assertThat(String.join("\n", slack.say("dan", "help"))).contains(MESSAGES.text(Language.EN, "help.commands"));
        }
    }
}

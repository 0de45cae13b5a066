package org.partnerbot.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.CoreDriver;
import org.partnerbot.core.testing.MutableClock;

/** Every kind of bad input gets one clear line (plus the matching help line) and changes nothing. */
class BadInputTest {

    private CoreDriver bot;

    @BeforeEach
    void partnership() {
        bot = CoreDriver.inMemory(MutableClock.at("2026-11-27T10:00:00Z"));
        bot.say("sam", "setup Northside");
        bot.say("sam", "agency add NHS Community Health");
        bot.say("sam", "duty add Safeguarding lead");
        bot.say("sam", "chair add @priya");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void anUnknownVerbIsNamedWithTheClosestCommand() {
        List<String> answer = bot.say("dan", "agnda");
        assertThat(answer.get(0)).isEqualTo("(to dan) I don't know `agnda`. Did you mean:");
        assertThat(answer.get(1)).contains("`agenda` — show the next meeting's agenda");
        assertThat(bot.say("dan", "xyzzy plugh")).containsExactly(
                "(to dan) I don't know `xyzzy`. Type `help` to see what I can do.");
    }

    @Test
    void aKnownVerbWithAnUnknownSubcommandListsThatVerbsCommands() {
        List<String> answer = bot.say("dan", "agenda delete 3");
        assertThat(answer.get(0)).isEqualTo("(to dan) I don't understand `agenda delete 3`.");
        assertThat(String.join("\n", answer)).contains("`agenda add <text>`", "`agenda remove <id>`");
    }

    @Test
    void aMissingArgumentNamesWhatIsMissingAndShowsUsage() {
        assertThat(bot.say("dan", "agenda add")).containsExactly(
                "(to dan) `agenda add` needs <text>.", "(to dan)   `agenda add <text>` — propose an item for the next meeting");
        assertThat(bot.say("sam", "member add")).first().asString().contains("needs @user <agency>");
        assertThat(bot.say("sam", "member add priya NHS Community Health")).first().asString()
                .contains("needs a person, written @name");
    }

    @Test
    void unknownIdsAndNamesAreRefusedWithWhatExists() {
        assertThat(bot.say("dan", "action done 42")).containsExactly("(to dan) There is no action 42. See `actions`.");
        assertThat(bot.say("dan", "action done forty")).first().asString().contains("`forty` is not an action number");
        assertThat(bot.say("dan", "agenda remove 7")).first().asString().contains("There is no agenda item 7");
        assertThat(bot.say("dan", "duty claim Caldicott guardian")).first().asString()
                .isEqualTo("(to dan) No duty called \"Caldicott guardian\". Duties: Safeguarding lead.");
        assertThat(bot.say("dan", "agency join Fire Service")).first().asString()
                .isEqualTo("(to dan) No agency called \"Fire Service\". Agencies: NHS Community Health.");
    }

    @Test
    void textOverTwoThousandCharactersIsRefusedAndNotStored() {
        String huge = "agenda add " + "x".repeat(2000);
        assertThat(bot.say("dan", huge)).containsExactly(
                "(to dan) That message is 2011 characters long; commands take at most 2000. Nothing was changed.");
        assertThat(String.join("\n", bot.say("dan", "agenda"))).contains("(0)");
    }

    @Test
    void claimingADutyTwiceIsRefusedAndDoesNotDuplicateIt() {
        bot.say("dan", "duty claim Safeguarding lead");
        assertThat(bot.say("dan", "duty claim safeguarding LEAD")).containsExactly(
                "(to dan) You already hold Safeguarding lead.");
        assertThat(String.join("\n", bot.say("dan", "duties"))).doesNotContain("DUPLICATED");
    }

    @Test
    void actionOutsideAMeetingIsRefusedAndCreatesNoAction() {
        List<String> answer = bot.say("priya", "#action @dan send the list");
        assertThat(answer.get(0)).isEqualTo("(to priya) No meeting is running. A chair starts one with `#startmeeting [title]`.");
        assertThat(answer.get(1)).contains("#action");
        assertThat(bot.say("dan", "actions")).contains("(to dan) No open actions.");
    }

    @Test
    void anInvalidDueDateIsRefusedAndCreatesNoAction() {
        bot.say("priya", "#startmeeting");
        assertThat(bot.say("priya", "#action @dan send it by 2026-13-45")).first().asString()
                .contains("`2026-13-45` is not a date: write it as YYYY-MM-DD");
        bot.say("priya", "#endmeeting");
        assertThat(bot.say("dan", "actions")).contains("(to dan) No open actions.");
    }

    @Test
    void commandsNeedAPartnershipFirst() {
        try (CoreDriver fresh = CoreDriver.inMemory(MutableClock.at("2026-11-27T10:00:00Z"))) {
            assertThat(fresh.say("dan", "agenda add Hello")).containsExactly(
                    "(to dan) This conversation is not a partnership yet. An admin can bind it with `setup <name>`.");
            assertThat(String.join("\n", fresh.say("dan", "help"))).contains("setup <name>").doesNotContain("agenda add");
        }
    }

    @Test
    void settingUpTwiceIsRefused() {
        assertThat(bot.say("sam", "setup Another")).containsExactly(
                "(to sam) This conversation is already the partnership \"Northside\".");
    }

    @Test
    void injectionLookingTextIsStoredAsPlainText() {
        bot.say("dan", "agenda add <!channel> see <https://evil.example|the policy>");
        assertThat(String.join("\n", bot.say("dan", "agenda"))).contains("<!channel> see <https://evil.example|the policy>");
    }
}

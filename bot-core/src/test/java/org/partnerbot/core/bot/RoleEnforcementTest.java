package org.partnerbot.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerbot.core.testing.CoreDriver;
import org.partnerbot.core.testing.MutableClock;

/** Members cannot run chair or admin commands; the refusal names who can. */
class RoleEnforcementTest {

    private CoreDriver bot;

    @BeforeEach
    void partnership() {
        bot = CoreDriver.inMemory(MutableClock.at("2026-11-27T10:00:00Z"));
        bot.say("sam", "setup Northside");
        bot.say("sam", "agency add Police");
        bot.say("sam", "chair add @priya");
    }

    @AfterEach
    void close() {
        bot.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"agency add Schools", "duty add Caldicott guardian", "chair add @dan", "admin add @dan",
            "purpose Take over", "member add @dan Police", "agency remove Police"})
    void adminCommandsAreRefusedToMembersAndChairs(String command) {
        assertThat(bot.say("dan", command)).containsExactly("(to dan) Only admins (sam) can run `" + command.split(" ")[0]
                + (command.split(" ").length > 1 && !command.startsWith("purpose") ? " " + command.split(" ")[1] : "") + "`.");
        assertThat(bot.say("priya", command)).first().asString().startsWith("(to priya) Only admins (sam)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"#startmeeting", "meeting start", "action assign 1 @dan", "action due 1 2026-12-01"})
    void chairCommandsAreRefusedToMembers(String command) {
        assertThat(bot.say("dan", command)).first().asString()
                .startsWith("(to dan) Only chairs (priya) and admins (sam) can run `");
    }

    @Test
    void aRefusedMinuteTakingLineRecordsNothingAndCountsTowardNobodysShare() {
        bot.say("sam", "member add @dan Police");
        bot.say("priya", "#startmeeting");
        bot.say("dan", "we can visit on Tuesday");
        assertThat(bot.say("dan", "#agreed we close the backlog")).first().asString().startsWith("(to dan) Only chairs");
        assertThat(bot.say("dan", "#action @priya call the school by 2026-13-45")).first().asString().contains("is not a date");
        String minutes = String.join("\n", bot.say("priya", "#endmeeting"));
        assertThat(minutes).contains("dan (Police): 1").contains("Decisions (0)").contains("Actions (0)")
                .doesNotContain("we close the backlog");
    }

    @Test
    void aQuorumNamingAnUnknownAgencyNamesItEvenWhenTheNumberIsAlsoTooHigh() {
        assertThat(bot.say("sam", "quorum 9 including Fire Service")).first().asString()
                .isEqualTo("(to sam) \"Fire Service\" is not an agency of Northside. `agencies` lists them.");
    }

    @Test
    void aRefusedCommandChangesNothing() {
        bot.say("dan", "agency add Schools");
        assertThat(String.join("\n", bot.say("sam", "agencies"))).contains("Agencies in Northside (1)").doesNotContain("Schools");
    }

    @Test
    void chairsRunMeetingsAndAdminsMayToo() {
        assertThat(bot.say("priya", "#startmeeting")).first().asString().startsWith("Meeting started");
        assertThat(bot.say("sam", "#endmeeting")).first().asString().startsWith("Minutes:");
    }

    @Test
    void onlyTheOwnerTheirAgencyOrAChairMayMarkAnActionDone() {
        bot.say("sam", "member add @dan Police");
        bot.say("priya", "#startmeeting");
        bot.say("priya", "#action @dan send the list");
        bot.say("priya", "#action Police check the address");
        bot.say("priya", "#endmeeting");
        assertThat(bot.say("eve", "action done 1")).containsExactly(
                "(to eve) Action 1 belongs to dan (Police); only its owner, a chair or an admin can mark it done.");
        bot.say("sam", "member add @olu Police");
        assertThat(bot.say("olu", "action done 2")).first().asString().startsWith("Done: action 2");
        assertThat(bot.say("priya", "action done 1")).first().asString().startsWith("Done: action 1");
    }

    @Test
    void helpShowsOnlyWhatTheAskerMayRun() {
        String member = String.join("\n", bot.say("dan", "help"));
        assertThat(member).contains("agenda add <text>", "duty claim <name>").doesNotContain("agency add", "#startmeeting");
        String chair = String.join("\n", bot.say("priya", "help"));
        assertThat(chair).contains("#startmeeting", "action assign").doesNotContain("agency add");
        String admin = String.join("\n", bot.say("sam", "help"));
        assertThat(admin).contains("agency add", "#startmeeting", "chair add @user");
        assertThat(String.join("\n", bot.say("dan", "help duty"))).contains("duty claim").doesNotContain("agenda add");
    }
}

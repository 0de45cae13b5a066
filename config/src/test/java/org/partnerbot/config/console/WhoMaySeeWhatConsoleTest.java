package org.partnerbot.config.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.ConversationKind;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.ScenarioFile;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.Assembly;
import org.partnerbot.core.wiring.ScheduleModule;

/**
 * The trust model in the console, as a person typing {@code NAME: TEXT} sees it: naming someone never makes them a
 * member, {@code action take} only takes what is free or your agency's, text never renames anyone, {@code #topic} only
 * names an agenda item exactly, and {@code forget}, {@code my data}, {@code retention} (with the clock moved on) and
 * {@code audit} do what they say.
 */
class WhoMaySeeWhatConsoleTest {

    private MutableClock clock;
    private Assembly assembly;
    private ConsoleDriver console;

    @BeforeEach
    void partnership() {
        clock = MutableClock.at("2026-11-27T10:00:00Z");
        assembly = Assembly.on(TestDatabases.inMemory(), clock, ScenarioFile.seeds(1), () -> ScheduleModule.DEFAULT_BASE_URL);
        console = new ConsoleDriver(assembly.bot());
        assembly.core().sendThrough(console.output());
        assembly.core().dispatcher().sendSoonOn(Runnable::run);
        say("sam", "setup Northside");
        say("sam", "agency add Police");
        say("sam", "agency add NHS");
        say("dan", "agency join Police");
        say("priya", "agency join NHS");
        say("sam", "chair add @priya");
    }

    @AfterEach
    void close() {
        assembly.close();
    }

    private String say(String who, String text) {
        clock.advance(Duration.ofMinutes(1));
        return String.join("\n", console.say(who, text));
    }

    /** A direct message from {@code who} to the bot, outside the partnership's conversation. */
    private String dm(String who, String text) {
        return assembly.bot().handle(new Inbound(ConsoleMode.WORKSPACE, "dm:" + who, null, ConversationKind.DIRECT,
                new Speaker(who, who, null), text, true, null, null)).map(r -> r.plainText()).orElse("");
    }

    @Test
    void namingSomeoneInKudosAnActionOrAnAssignmentNeverMakesThemAMember() {
        String stranger = "zed is not a member of Northside, so I changed nothing. An admin can add them with"
                + " `member add @zed <agency>`.";
        assertThat(say("priya", "kudos @zed thanks for the list")).isEqualTo("(to priya) " + stranger);
        say("priya", "#startmeeting");
        assertThat(say("priya", "#action @zed call the school")).isEqualTo("(to priya) " + stranger);
        say("priya", "#action call the GP");
        assertThat(say("priya", "action assign 1 @zed")).isEqualTo("(to priya) " + stranger);
        assertThat(say("priya", "#endmeeting")).contains("Actions (1)", "UNASSIGNED").doesNotContain("zed");
        assertThat(say("sam", "agencies")).doesNotContain("zed");
        assertThat(dm("zed", "actions")).isEqualTo("I can't tell which partnership you mean: run this in the partnership's channel.");
        // An admin's word does make a member.
        assertThat(say("sam", "member add @zed Police")).isEqualTo("zed is with Police.");
        assertThat(say("priya", "kudos @zed thanks for the list")).startsWith("Kudos to zed (Police) from priya");
    }

    @Test
    void actionTakeTakesOnlyWhatIsUnassignedOrYourAgencys() {
        say("olu", "agency join Police");
        say("priya", "#startmeeting");
        say("priya", "#action @dan share the list");
        say("priya", "#action Police check the address");
        say("priya", "#action review the policy");
        say("priya", "#endmeeting");
        assertThat(say("priya", "action take 1")).isEqualTo("(to priya) Action 1 belongs to dan (Police), so you can't take it."
                + " A chair can give it to someone else with `action assign 1 @user`.");
        assertThat(say("olu", "action take 1")).as("not even within the owner's agency").contains("you can't take it");
        assertThat(say("priya", "action take 2")).as("another agency's").contains("belongs to Police (agency)");
        assertThat(say("olu", "action take 2")).startsWith("olu (Police) took action 2: check the address (was Police (agency))");
        assertThat(say("priya", "action take 3")).startsWith("priya (NHS) took action 3: review the policy");
        assertThat(say("dan", "actions mine")).contains("1. share the list").doesNotContain("check the address");
    }

    @Test
    void textNeverRenamesAnyone() {
        assertThat(say("priya", "kudos <@dan|The Chief Constable> for the list")).startsWith("Kudos to dan (Police) from priya");
        say("priya", "#startmeeting");
        assertThat(say("priya", "#action <@dan|Nobody Atall> send the list")).contains("owner dan (Police)");
        say("priya", "#endmeeting");
        assertThat(say("sam", "agencies")).contains("Police: dan").doesNotContain("Chief Constable", "Nobody Atall");
        assertThat(say("sam", "chair add <@dan|Lord Dan>")).isEqualTo("dan can now chair meetings.");
    }

    @Test
    void aTopicNamesAnAgendaItemOnlyByItsNumberOrItsWholeText() {
        say("dan", "agenda add Referral backlog from schools");
        say("dan", "agenda add School attendance");
        say("priya", "#startmeeting");
        assertThat(say("priya", "#topic a")).isEqualTo("Topic: a");
        assertThat(say("priya", "#topic schools")).isEqualTo("Topic: schools");
        assertThat(say("priya", "#topic 2")).isEqualTo("Topic: School attendance (agenda item 2)");
        assertThat(say("priya", "#topic referral BACKLOG   from schools")).isEqualTo("Topic: Referral backlog from schools (agenda item 1)");
        assertThat(say("priya", "#topic 7")).isEqualTo("Topic: 7");
        assertThat(say("priya", "#endmeeting")).doesNotContain("carried over");
    }

    @Test
    void forgetAsksFirstThenLeavesAPseudonymWhereThePersonWas() {
        say("priya", "#startmeeting");
        say("dan", "#info fourteen referrals this week");
        say("priya", "#action @dan share the list");
        say("priya", "#endmeeting");
        say("priya", "kudos @dan for the list");
        assertThat(say("dan", "forget @priya")).startsWith("(to dan) Only admins (sam) can run `forget`.");
        String asked = say("sam", "forget @dan");
        assertThat(asked).contains("This erases dan's personal data in Northside", "cannot be undone",
                "`forget @dan confirm`");
        assertThat(say("sam", "agencies")).as("nothing erased without the confirmation").contains("Police: dan");

        assertThat(say("sam", "forget @dan confirm")).contains("\"former member 1\"");
        assertThat(say("sam", "minutes")).contains("INFO: fourteen referrals this week (former member 1)",
                "share the list → former member 1", "former member 1 (Police): 1").doesNotContainPattern("\\bdan\\b");
        assertThat(say("sam", "actions")).contains("former member 1").doesNotContain("dan");
        assertThat(say("sam", "agencies")).contains("Police: nobody yet").doesNotContain("dan");
        assertThat(say("sam", "report")).doesNotContain("dan").doesNotContain("Kudos received");
        assertThat(say("sam", "audit")).contains("sam erased a person's data: former member 1");
        assertThat(say("sam", "forget @dan confirm")).contains("I hold nothing about dan");
    }

    @Test
    void forgetMeErasesTheAskerEverywhereAndIsRefusedToTheOnlyAdmin() {
        assertThat(say("sam", "forget me confirm")).contains("You are the only admin of Northside");
        say("dan", "agenda add Custody backlog");
        assertThat(say("dan", "forget me")).contains("in 1 partnership", "`my data` gives you a copy first", "`forget me confirm`");
        assertThat(say("dan", "forget me confirm")).contains("Erased.");
        assertThat(say("sam", "agenda")).contains("Custody backlog — former member 1 (Police)");
        assertThat(dm("dan", "my data")).isEqualTo("I hold nothing about you here.");
    }

    @Test
    void myDataIsAFileOnlyTheAskerReceives() {
        say("sam", "duty add Safeguarding lead");
        say("dan", "duty claim Safeguarding lead");
        say("dan", "agenda add Custody backlog");
        say("priya", "#startmeeting Weekly");
        say("dan", "#info two visits");
        say("priya", "#action @dan call the school");
        say("priya", "#endmeeting");
        say("priya", "kudos @dan for the list");
        List<String> lines = console.say("dan", "my data");
        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("(to dan) "));
        String file = String.join("\n", lines);
        assertThat(file).contains("Everything I hold about you, as a file only you receive: my-data-2026-11-27.md",
                "# Everything Partnerbot holds about you", "- Name: dan", "## Northside", "- Agency: Police",
                "Safeguarding lead", "1. call the school — open", "1. Custody backlog", "Weekly: 1 line",
                "INFO: two visits", "from priya: for the list", "exported their own data");
        assertThat(file).as("nobody else's data").doesNotContain("Agency: NHS");
    }

    @Test
    void retentionDeletesOnlyPastItsPolicyAndOnlyOnceOneIsSet() {
        say("priya", "#startmeeting Old meeting");
        say("priya", "#action @dan closed long ago");
        say("priya", "#action @dan still to do");
        say("priya", "#endmeeting");
        say("dan", "action done 1");
        assertThat(say("dan", "retention")).contains("Retention: no policy is set, so nothing is deleted",
                "Oldest record kept: the meeting of Fri 27 Nov 2026");
        assertThat(say("dan", "report")).contains("Retention: no policy is set");
        clock.advance(Duration.ofDays(3 * 365));
        assembly.schedule().wakeups().sweep();
        assertThat(say("dan", "minutes 2026-11-27")).as("nothing deleted without a policy").contains("Minutes: Old meeting");

        assertThat(say("dan", "retention 2 years")).contains("Only admins can set the retention policy");
        assertThat(say("sam", "retention two years")).contains("Say how many years");
        assertThat(say("sam", "retention 2 years")).contains("Retention set: Northside keeps meetings, minutes and lines said"
                + " for 2 years");
        assembly.schedule().wakeups().sweep();
        assertThat(say("dan", "minutes 2026-11-27")).as("the job runs once a day").contains("Minutes: Old meeting");
        clock.advance(Duration.ofDays(1));
        assembly.schedule().wakeups().sweep();

        assertThat(say("dan", "minutes 2026-11-27")).contains("No minutes for 2026-11-27.");
        assertThat(say("dan", "actions")).contains("2. still to do").doesNotContain("closed long ago");
        assertThat(say("dan", "retention")).contains("kept 2 years", "No meeting is recorded yet.");
        assertThat(say("sam", "audit")).contains("deleted records past the retention period (1 meetings, 1 actions",
                "sam changed the retention policy (none → 2 years)");
    }

    @Test
    void theAuditLogShowsWhoSawOrChangedWhatOutsideTheChannel() {
        say("priya", "#startmeeting");
        say("priya", "#endmeeting");
        assertThat(dm("dan", "minutes")).contains("Minutes:");
        say("dan", "minutes");
        say("dan", "minutes export");
        say("sam", "access closed");
        assertThat(say("dan", "audit")).startsWith("(to dan) Only admins (sam) can run `audit`.");
        String audit = say("sam", "audit");
        assertThat(audit).contains("sam changed who may join (closed)", "dan exported minutes as a file",
                "dan viewed minutes outside the channel", "sam changed a role: priya (chair added)");
        assertThat(audit.split("viewed minutes").length - 1).as("minutes read in the channel are not outside it").isEqualTo(1);
        assertThat(say("sam", "audit last 1")).contains("changed who may join").doesNotContain("exported");
        assertThat(say("sam", "audit last many")).contains("Say `audit` or `audit last <N>`");
    }

    @Test
    void membersLeaveAreRemovedAndAClosedPartnershipLetsNobodyInUnapproved() {
        say("sam", "duty add Safeguarding lead");
        say("dan", "duty claim Safeguarding lead");
        assertThat(say("dan", "leave")).contains("dan left Northside.", "Safeguarding lead is now UNASSIGNED");
        assertThat(say("dan", "agenda")).isEqualTo("(to dan) You left Northside. To take part again, type `join` in its channel.");
        assertThat(say("dan", "join")).isEqualTo("dan is a member of Northside again.");
        assertThat(say("sam", "leave")).contains("You are the only admin of Northside");

        assertThat(say("sam", "member remove @dan")).contains("dan is no longer a member of Northside");
        assertThat(say("dan", "actions")).isEqualTo("(to dan) An admin removed you from Northside. Ask an admin (sam) to add you"
                + " again.");
        assertThat(say("dan", "join")).contains("Only an admin can add you again");

        assertThat(say("sam", "access closed")).contains("Northside is now closed");
        assertThat(say("newbie", "agenda")).isEqualTo("(to newbie) Northside is closed: an admin (sam) must approve you first,"
                + " with `member approve @newbie`. Until then I can't show you anything of it.");
        assertThat(say("newbie", "help")).doesNotContain("agenda add", "Purpose");
        assertThat(say("sam", "member approve @newbie")).isEqualTo("newbie is now a member of Northside.");
        assertThat(say("newbie", "agenda")).contains("Agenda for the next meeting of Northside");
        assertThat(say("sam", "member add @dan Police")).isEqualTo("dan is with Police.");
        assertThat(say("dan", "agenda")).contains("Agenda for the next meeting");
    }
}

package org.partnerbot.core.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.ConversationKind;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.intake.Press;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.testing.AssemblyDriver;
import org.partnerbot.core.testing.CoreDriver;

/**
 * A partnership spans organisations: the host's channel (workspace {@code test}) has people of other organisations in it
 * (a Slack Connect channel, a Teams shared channel). {@code agency link} marks an agency as the asker's organisation's;
 * guests are shown with their organisation; a guest reaches the host's partnership from their own workspace's direct
 * messages and buttons, and nobody of another workspace does.
 */
class OrganisationsTest {

    static final String POLICE = "slack:T4";

    private static Speaker guest(String who, String organisation, String organisationName) {
        return new Speaker(who, who, null, null, organisation, organisationName);
    }

    /** Said in the host's channel by a person of {@code speaker}'s organisation. */
    private static List<String> inChannel(AssemblyDriver d, Speaker speaker, String text) {
        return d.core().bot().handle(new Inbound("test", "C-test", "test:C-test", ConversationKind.CHANNEL, speaker, text,
                true, null, null)).map(r -> CoreDriver.render(r, speaker.userKey())).orElse(List.of());
    }

    /** Said in a direct message to the bot, through the installation of {@code workspace}. */
    private static String direct(AssemblyDriver d, String workspace, Speaker speaker, String text) {
        return d.core().bot().handle(new Inbound(workspace, "D-" + speaker.userKey(), "dm", ConversationKind.DIRECT, speaker,
                text, true, null, null)).map(r -> String.join("\n", CoreDriver.render(r, speaker.userKey()))).orElse("");
    }

    private static Partnership northside(AssemblyDriver d) {
        return d.core().transactions().inTransaction(() -> d.core().partnerships().findByConversation("test", "C-test"))
                .orElseThrow();
    }

    @Test
    void someoneFromAnOrganisationLinksAnAgencyToItAndAgenciesShowsIt() {
        try (AssemblyDriver d = new AssemblyDriver("2026-11-27T10:00:00Z", 1)) {
            d.say("sam", "setup Northside");
            d.say("sam", "agency add Police");
            d.say("sam", "agency add Schools");
            Speaker dan = guest("dan", POLICE, "Police Scotland");

            assertThat(String.join("\n", inChannel(d, dan, "agency link Police"))).isEqualTo("Police is now linked to Police Scotland.");
            inChannel(d, dan, "agency join Police");
            assertThat(String.join("\n", d.say("sam", "agencies")))
                    .contains("Police (Police Scotland): dan · Police Scotland")
                    .contains("Schools: nobody yet");
            assertThat(String.join("\n", inChannel(d, dan, "agency link Police"))).contains("already linked to Police Scotland");

            Speaker eve = guest("eve", "slack:T3", "Northside Academy");
            assertThat(String.join("\n", inChannel(d, eve, "agency link Police")))
                    .as("another organisation cannot take it over").contains("already linked to Police Scotland", "agency unlink Police");
            assertThat(String.join("\n", inChannel(d, eve, "agency unlink Police"))).as("an admin's command").contains("admins");
            assertThat(String.join("\n", d.say("sam", "agency unlink Police"))).contains("Police is no longer linked to Police Scotland.");
            assertThat(String.join("\n", inChannel(d, eve, "agency link Police"))).isEqualTo("Police is now linked to Northside Academy.");
            assertThat(String.join("\n", d.say("sam", "agency link Nowhere"))).contains("No agency called \"Nowhere\"");
        }
    }

    @Test
    void theHostsOwnPeopleLinkAnAgencyToTheHostAndAreShownWithoutAnOrganisation() {
        try (AssemblyDriver d = new AssemblyDriver("2026-11-27T10:00:00Z", 1)) {
            Speaker sam = guest("sam", "test", "Northside Council");
            inChannel(d, sam, "setup Northside");
            inChannel(d, sam, "agency add Council");
            assertThat(String.join("\n", inChannel(d, sam, "agency link Council"))).isEqualTo("Council is now linked to Northside Council.");
            inChannel(d, sam, "agency join Council");
            assertThat(String.join("\n", inChannel(d, sam, "agencies"))).contains("Council (Northside Council): sam")
                    .doesNotContain("sam ·");
        }
    }

    @Test
    void aGuestWhosePlatformGivesNoOrganisationNameIsShownWithTheAgencyLinkedToIt() {
        try (AssemblyDriver d = new AssemblyDriver("2026-11-27T10:00:00Z", 1)) {
            d.say("sam", "setup Northside");
            d.say("sam", "agency add NHS Trust");
            Speaker kim = guest("kim", "teams:11111111-2222", null);
            assertThat(String.join("\n", inChannel(d, kim, "agency link NHS Trust")))
                    .isEqualTo("NHS Trust is now linked to organisation 11111111-2222.");
            inChannel(d, kim, "agency join NHS Trust");
            assertThat(String.join("\n", d.say("sam", "agencies"))).contains("NHS Trust (organisation 11111111-2222): kim · NHS Trust");
        }
    }

    @Test
    void aGuestReachesTheHostsPartnershipFromTheirOwnWorkspaceAndNobodyOfAnotherDoes() {
        try (AssemblyDriver d = new AssemblyDriver("2026-11-27T10:00:00Z", 1)) {
            d.say("sam", "setup Northside");
            d.say("sam", "agenda add Referral backlog");
            Speaker dan = guest("dan", POLICE, "Police Scotland");
            inChannel(d, dan, "agenda add Custody handovers");

            assertThat(direct(d, POLICE, dan, "agenda")).as("dan's DM, through Police Scotland's own installation")
                    .contains("Referral backlog", "Custody handovers — dan · Police Scotland");
            assertThat(direct(d, POLICE, dan, "agenda add Night shift cover")).contains("Agenda item 3 added");
            assertThat(String.join("\n", d.say("sam", "agenda"))).contains("Night shift cover");

            assertThat(direct(d, "slack:T3", guest("dan", "slack:T3", null), "agenda"))
                    .as("the same user id through a workspace that is not dan's").doesNotContain("Referral backlog");
            assertThat(direct(d, POLICE, guest("eve", POLICE, null), "agenda"))
                    .as("a colleague of dan's who is no member").doesNotContain("Referral backlog");

            long id = northside(d).id();
            String add = d.core().bot().seal().button(Button.asking("Add", "agenda.add", "agenda add", "Agenda item"), id);
            assertThat(d.core().bot().press(new Press(POLICE, "home:dan", "home:dan", ConversationKind.DIRECT, dan, add,
                    "Training day", null)).orElseThrow().plainText()).as("a button in dan's own App Home").contains("Training day");
            assertThat(d.core().bot().press(new Press("slack:T3", "home:dan", "home:dan", ConversationKind.DIRECT,
                    guest("dan", "slack:T3", null), add, "Spam", null)).orElseThrow().plainText()).doesNotContain("Spam");
            assertThat(d.core().bot().partnership(POLICE, "dan", id)).isPresent();
            assertThat(d.core().bot().partnership("slack:T3", "dan", id)).isEmpty();
        }
    }

    @Test
    void aGuestGetsAndErasesTheirDataInTheHostsPartnershipFromTheirOwnWorkspaceAndNobodyOfAnotherDoes() {
        try (AssemblyDriver d = new AssemblyDriver("2026-11-27T10:00:00Z", 1)) {
            d.say("sam", "setup Northside");
            Speaker dan = guest("dan", POLICE, "Police Scotland");
            inChannel(d, dan, "agenda add Custody handovers");
            // dan also has a partnership of his own workspace, so a DM to the bot belongs to neither of them.
            for (String[] said : new String[][] {{"kim", "setup Ops"}, {"dan", "agenda add Shift rota"}}) {
                d.core().bot().handle(new Inbound(POLICE, "C-ops", "police:C-ops", ConversationKind.CHANNEL,
                        guest(said[0], POLICE, null), said[1], true, null, null));
            }
            Speaker impostor = guest("dan", "slack:T3", null);

            assertThat(direct(d, "slack:T3", impostor, "my data")).as("the same user id through a workspace that is not dan's")
                    .contains("I hold nothing about you here.").doesNotContain("Northside");
            assertThat(direct(d, POLICE, dan, "my data")).as("dan's DM, through Police Scotland's own installation")
                    .contains("## Northside", "Custody handovers", "## Ops", "Shift rota");

            assertThat(direct(d, "slack:T3", impostor, "forget me confirm")).contains("I hold no partnership data about you here.");
            assertThat(direct(d, POLICE, dan, "forget me")).contains("2 partnerships");
            assertThat(direct(d, POLICE, dan, "forget me confirm")).contains("Erased.");
            assertThat(String.join("\n", d.say("sam", "agenda"))).contains("Custody handovers — former member 1")
                    .doesNotContain("dan");
            assertThat(direct(d, POLICE, dan, "my data")).contains("I hold nothing about you here.");
        }
    }

    @Test
    void aWelshReaderIsAnsweredInWelshAndRefusalsFromTheParsersToo() {
        try (AssemblyDriver d = new AssemblyDriver("2026-11-27T10:00:00Z", 1)) {
            d.say("sam", "setup Northside");
            d.say("sam", "agency add Heddlu");
            Speaker eleri = new Speaker("eleri", "eleri", null, "cy-GB", POLICE, "Heddlu Gogledd Cymru");
            assertThat(String.join("\n", inChannel(d, eleri, "asiantaethau"))).contains("Asiantaethau yn Northside (1)",
                    "Heddlu: neb eto");
            assertThat(String.join("\n", inChannel(d, eleri, "agency link Nowhere")))
                    .contains("Dim asiantaeth o'r enw \"Nowhere\". Asiantaethau: Heddlu.");
            assertThat(String.join("\n", inChannel(d, eleri, "action done forty"))).as("Ids, thrown without the reader at hand")
                    .contains("Nid yw `forty` yn rhif");
            assertThat(String.join("\n", inChannel(d, eleri, "leave"))).as("the channel's language, English by default")
                    .contains("eleri · Heddlu Gogledd Cymru left Northside.");
        }
    }

    @Test
    void overLongNamesFromAPlatformsDirectoryAreShortenedNotRefused() {
        // A workspace or tenant may name itself at length, and a Teams activity's from.name is whatever the client sent:
        // both reach storage as "name · organisation", which must fit, and the command must still run.
        try (AssemblyDriver d = new AssemblyDriver("2026-11-27T10:00:00Z", 1)) {
            d.say("sam", "setup Northside");
            d.say("sam", "agency add Police");
            String longName = "Detective Sergeant " + "Danielle ".repeat(40);
            String longOrganisation = "Police Scotland " + "Public Protection Unit ".repeat(20);
            Speaker dan = new Speaker("dan", longName, null, null, POLICE, longOrganisation);

            assertThat(String.join("\n", inChannel(d, dan, "agency link Police")))
                    .startsWith("Police is now linked to Police Scotland Public Protection Unit").doesNotContain("went wrong");
            assertThat(String.join("\n", inChannel(d, dan, "agency join Police")))
                    .contains("Detective Sergeant Danielle").doesNotContain("went wrong");
            String agencies = String.join("\n", d.say("sam", "agencies"));
            assertThat(agencies).contains("Detective Sergeant Danielle", "· Police Scotland Public Protection Unit", "…");
            assertThat(agencies.lines().filter(l -> l.contains("Danielle")).findFirst().orElseThrow())
                    .as("the whole line, name and organisation, stays readable").hasSizeLessThan(400);
        }
    }
}

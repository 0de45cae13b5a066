package org.partnerbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.partnership.MembershipStatus;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.Sealed;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.teams.card.CardActions;
import org.partnerbot.teams.support.Activities;
import org.partnerbot.teams.support.CardPlainText;
import org.partnerbot.teams.support.FakeConnector;
import org.partnerbot.teams.support.TeamsHarness;

/**
 * Who may see what, through the Teams endpoint with the shapes Teams sends: {@code membersRemoved} (or the roster no
 * longer listing someone) ends membership at once; a card submit naming a partnership in plain data, a tampered value
 * or one bound to a partnership the presser is not in is refused and changes nothing; a closed partnership shows an
 * unapproved member nothing; `my data` asked in a channel goes to the asker's personal chat, not the thread.
 */
class WhoMaySeeWhatThroughTeamsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REFUSED = "That button is not one I can run any more: I did not make it, or it was changed,"
            + " so I did nothing.";
    private CoreModule core;
    private FakeConnector connector;
    private TeamsHarness harness;
    private int thread;

    @BeforeEach
    void partnership() throws Exception {
        core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"));
        connector = new FakeConnector();
        harness = TeamsHarness.anonymous(core);
        for (String who : List.of("sam", "dan", "newbie")) {
            connector.member(Activities.teamsId(who), who, Activities.aadId(who));
        }
        channel("sam", "setup Northside");
        channel("sam", "duty add Information sharing officer");
        channel("sam", "#startmeeting Weekly");
        channel("sam", "#agreed Share the referral list");
        channel("sam", "#endmeeting");
    }

    @AfterEach
    void stop() {
        harness.close();
        connector.close();
        core.close();
    }

    private String channel(String who, String text) {
        boolean command = !text.startsWith("#") && core.bot().catalog().knowsVerb(text);
        return post(Activities.channelMessage(connector.serviceUrl(), who, "1795796001" + (++thread), text, command));
    }

    private String personal(String who, String text) {
        return post(Activities.personalMessage(connector.serviceUrl(), who, text));
    }

    private String post(ObjectNode activity) {
        int before = connector.count();
        assertThat(harness.post(activity).status()).isIn(200, 202);
        StringBuilder out = new StringBuilder();
        for (FakeConnector.Posted p : connector.since(before)) {
            String prefix = connector.personIn(p.conversationId()).map(n -> "(to " + n + ") ").orElse("");
            CardPlainText.read(CardPlainText.card(p.activity())).lines().forEach(l -> out.append(prefix).append(l).append('\n'));
        }
        return out.toString().strip();
    }

    private String submit(String who, JsonNode data) {
        return post(Activities.submit(Activities.personalMessage(connector.serviceUrl(), who, ""), data));
    }

    private long northside() {
        return core.transactions().inTransaction(() -> core.partnerships().findByConversation(Activities.WORKSPACE,
                Activities.CHANNEL)).orElseThrow().id();
    }

    private MembershipStatus status(String who) {
        return core.transactions().inTransaction(() -> core.members().findByUserKey(northside(), Activities.aadId(who)))
                .orElseThrow().status();
    }

    /** Microsoft's "team members removed" notice, pointed at this team channel, removing {@code who}. */
    private ObjectNode removed(String who) {
        ObjectNode a = Activities.fixture("conversationUpdate-membersRemoved-channel.json", connector.serviceUrl());
        ((ObjectNode) a.get("membersRemoved").get(0)).put("id", Activities.teamsId(who));
        ((ObjectNode) a.get("conversation")).put("id", Activities.CHANNEL).put("tenantId", Activities.TENANT);
        ((ObjectNode) a.get("channelData").get("tenant")).put("id", Activities.TENANT);
        ((ObjectNode) a.get("recipient")).put("id", Activities.BOT_ID);
        return a;
    }

    @Test
    void membersRemovedEndsMembershipAtOnceAndTheirPastLinesKeepTheirName() {
        channel("sam", "#startmeeting Second");
        channel("dan", "hello everyone");
        channel("sam", "#endmeeting");
        assertThat(personal("dan", "minutes")).as("while in the team").contains("Minutes: Second");

        assertThat(harness.post(removed("dan")).status()).isIn(200, 202);
        assertThat(status("dan")).isEqualTo(MembershipStatus.LEFT_CHANNEL);
        assertThat(personal("dan", "minutes")).isEqualTo("I can't tell which partnership you mean: run this in the"
                + " partnership's channel.");
        assertThat(channel("sam", "minutes")).contains("dan (no agency): 1");
    }

    @Test
    void someoneTheRosterNoLongerListsGetsNothingOutsideTheChannel() {
        channel("dan", "hello everyone");
        connector.removeMember(Activities.teamsId("dan")); // removed; the notice never reached the bot
        assertThat(personal("dan", "minutes")).isEqualTo("I can't tell which partnership you mean: run this in the"
                + " partnership's channel.");
        assertThat(status("dan")).isEqualTo(MembershipStatus.LEFT_CHANNEL);
    }

    @Test
    void cardDataNamingAPartnershipInPlainTextOrTamperedOrNotTheirsIsRefusedAndChangesNothing() {
        // The probe of issue 12: an outsider's submit naming partnership 1's minutes.
        String plain = submit("mallory", JSON.createObjectNode().put(CardActions.COMMAND, "minutes")
                .put(CardActions.PARTNERSHIP, northside()));
        assertThat(plain).contains(REFUSED).doesNotContain("Share the referral list");

        String claim = core.bot().seal().button(Button.of("Claim", "duty.claim", "duty claim Information sharing officer"),
                northside());
        assertThat(submit("mallory", JSON.createObjectNode().put(CardActions.VALUE, claim)))
                .isEqualTo("You are not a member of that partnership, so I can't show you anything of it.");
        assertThat(submit("dan", JSON.createObjectNode().put(CardActions.VALUE, Sealed.tampered(claim)))).contains(REFUSED);
        assertThat(submit("dan", JSON.createObjectNode().put(CardActions.VALUE, Sealed.foreign().button(
                Button.of("Minutes", "minutes", "minutes"), northside())))).contains(REFUSED);

        ObjectNode execute = Activities.fixture("invoke-adaptiveCard-action-personal.json", connector.serviceUrl());
        ((ObjectNode) execute.path("value").path("action")).set("data", JSON.createObjectNode()
                .put(CardActions.VALUE, Sealed.tampered(core.bot().seal().button(Button.of("Minutes", "minutes", "minutes"),
                        northside()))));
        TeamsHarness.Answer answer = harness.post(execute);
        assertThat(answer.body()).contains("I did not make it, or it was changed").doesNotContain("Share the referral list");

        assertThat(channel("sam", "duties")).contains("UNASSIGNED").doesNotContain("mallory");
    }

    @Test
    void aClosedPartnershipShowsAnUnapprovedMemberNothing() {
        channel("sam", "access closed");
        for (String command : List.of("minutes", "duties", "actions")) {
            assertThat(channel("newbie", command)).contains("Northside is closed: an admin (sam) must approve you first")
                    .doesNotContain("Share the referral list", "Information sharing officer");
        }
        assertThat(personal("newbie", "minutes")).contains("I can't tell which partnership you mean");
        assertThat(channel("sam", "member approve @newbie")).contains("newbie is now a member of Northside");
        assertThat(channel("newbie", "minutes")).contains("Share the referral list");
    }

    @Test
    void myDataAskedForInAChannelGoesToThePersonalChatNotTheThread() {
        channel("dan", "hello everyone");
        String answer = channel("dan", "my data");
        assertThat(answer.lines()).as("the thread hears only that it was sent")
                .contains("Everything I hold about you, as a file only you receive: my-data-2026-11-27.md");
        assertThat(answer).contains("(to dan) # Everything Partnerbot holds about you");
        for (String line : answer.split("\n")) {
            if (line.contains("Platform id")) {
                assertThat(line).as("the file is only in the personal chat").startsWith("(to dan) ");
            }
        }
    }
}

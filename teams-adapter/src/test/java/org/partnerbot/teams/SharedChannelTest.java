package org.partnerbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.core.wiring.ScheduleModule;
import org.partnerbot.teams.support.Activities;
import org.partnerbot.teams.support.CardPlainText;
import org.partnerbot.teams.support.FakeConnector;
import org.partnerbot.teams.support.TeamsHarness;

/**
 * A Teams Connect shared channel: the host team's channel, with people of another organisation's tenant in it. Teams
 * sends their activities with the host's tenant as the conversation's ({@code conversation.tenantId},
 * {@code channelData.tenant.id}) and the person's own Entra object id, so they reach the one partnership of the host's
 * channel and are members by being there; replies and reminders go to the host's conversation, once.
 */
class SharedChannelTest {

    /** The NHS trust's tenant: dan works there and sits in the council's shared channel. */
    static final String GUEST_TENANT = "11111111-2222-3333-4444-555555555555";

    private CoreModule core;
    private FakeConnector connector;
    private TeamsHarness harness;
    private ScheduleModule scheduling;
    private int thread;

    @BeforeEach
    void start() throws Exception {
        core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"));
        connector = new FakeConnector();
        java.util.concurrent.atomic.AtomicReference<TeamsHarness> teams = new java.util.concurrent.atomic.AtomicReference<>();
        // The weekly schedule and `remind now` come with the schedule module, as the launcher assembles it.
        scheduling = ScheduleModule.install(core.sendThrough((destination, reply) -> teams.get().teams().messenger()
                .send(destination, reply)));
        harness = TeamsHarness.anonymous(core);
        teams.set(harness);
        connector.member(Activities.teamsId("sam"), "sam", Activities.aadId("sam"));
        connector.member(Activities.teamsId("dan"), "dan", Activities.aadId("dan"));
    }

    @AfterEach
    void stop() {
        harness.close();
        scheduling.close();
        connector.close();
        core.close();
    }

    /** A post in the host's shared channel; a guest's activity names them and their own tenant in {@code from}. */
    private List<FakeConnector.Posted> said(String who, String tenant, String text) {
        ObjectNode a = Activities.channelMessage(connector.serviceUrl(), who, "1795796001" + (++thread), text, true);
        ((ObjectNode) a.get("from")).put("tenantId", tenant);
        a.putObject("membershipSource").put("tenantId", tenant); // ignored by the bot: the conversation's tenant governs
        int before = connector.count();
        assertThat(harness.post(a).status()).isIn(200, 202);
        return connector.since(before);
    }

    private static String text(List<FakeConnector.Posted> posts) {
        StringBuilder out = new StringBuilder();
        posts.forEach(p -> CardPlainText.read(CardPlainText.card(p.activity())).lines().forEach(l -> out.append(l).append('\n')));
        return out.toString();
    }

    @Test
    void activitiesFromTwoTenantsInTheHostChannelReachOnePartnershipAndTheReminderGoesToTheHostOnce() {
        assertThat(text(said("sam", Activities.TENANT, "setup Northside"))).contains("Northside is set up");
        List<FakeConnector.Posted> reply = said("dan", GUEST_TENANT, "agenda add Referral backlog");
        assertThat(text(reply)).contains("Agenda item 1 added by dan");
        assertThat(reply).as("one reply, in the host's channel thread").hasSize(1);
        assertThat(reply.get(0).conversationId()).startsWith(Activities.CHANNEL);

        assertThat(core.transactions().inTransaction(() -> core.partnerships().findByConversation("teams:" + GUEST_TENANT,
                Activities.CHANNEL))).as("no second partnership for the guest's tenant").isEmpty();
        long id = core.transactions().inTransaction(() -> core.partnerships().findByConversation(Activities.WORKSPACE,
                Activities.CHANNEL)).orElseThrow().id();
        assertThat(core.transactions().inTransaction(() -> core.members().findByUserKey(id, Activities.aadId("dan"))))
                .as("a member by being in the channel").isPresent();
        assertThat(text(said("sam", Activities.TENANT, "agenda"))).contains("Referral backlog — dan");

        said("sam", Activities.TENANT, "chair add @sam");
        said("sam", Activities.TENANT, "schedule weekly tue 10:00 Europe/London 60m");
        List<FakeConnector.Posted> reminder = said("dan", GUEST_TENANT, "remind now agenda");
        assertThat(text(reminder)).doesNotContain("Agenda for").as("dan is no chair").contains("chair");
        List<FakeConnector.Posted> sent = said("sam", Activities.TENANT, "remind now agenda").stream()
                .filter(p -> text(List.of(p)).contains("Referral backlog")).toList();
        assertThat(sent).as("the agenda call, once").hasSize(1);
        assertThat(sent.get(0).conversationId()).as("in the host's channel").startsWith(Activities.CHANNEL);

        // Unprompted, the reminder goes through the reference stored for the partnership: the host's conversation.
        String stored = core.transactions().inTransaction(() -> core.partnerships().findById(Activities.WORKSPACE, id))
                .orElseThrow().conversationRef();
        int before = connector.count();
        harness.teams().messenger().send(org.partnerbot.core.messaging.Destination.conversation(Activities.WORKSPACE, stored,
                "Northside"), org.partnerbot.core.reply.Reply.channel().heading("Agenda call").build());
        List<FakeConnector.Posted> proactive = connector.since(before);
        assertThat(proactive).hasSize(1);
        assertThat(proactive.get(0).conversationId()).as("a new post in the host's channel").isEqualTo(Activities.CHANNEL);
        assertThat(proactive.get(0).activity().path("conversation").path("tenantId").asText("")).isIn(Activities.TENANT, "");
    }

    @Test
    void aGuestOfAnotherTenantLinksTheirAgencyAndIsThenShownWithIt() {
        said("sam", Activities.TENANT, "setup Northside");
        said("sam", Activities.TENANT, "agency add NHS Trust");
        assertThat(text(said("dan", GUEST_TENANT, "agency link NHS Trust")))
                .contains("NHS Trust is now linked to organisation " + GUEST_TENANT + ".");
        said("dan", GUEST_TENANT, "agency join NHS Trust");
        assertThat(text(said("sam", Activities.TENANT, "agency link NHS Trust"))).as("the host's tenant is another organisation")
                .contains("already linked");
        long id = core.transactions().inTransaction(() -> core.partnerships().findByConversation(Activities.WORKSPACE,
                Activities.CHANNEL)).orElseThrow().id();
        assertThat(core.transactions().inTransaction(() -> core.agencies().findByName(id, "NHS Trust")).orElseThrow()
                .organisation()).isEqualTo("teams:" + GUEST_TENANT);
        assertThat(core.transactions().inTransaction(() -> core.members().findByUserKey(id, Activities.aadId("dan"))))
                .hasValueSatisfying(m -> assertThat(m.displayName()).isEqualTo("dan · NHS Trust"));
        assertThat(core.transactions().inTransaction(() -> core.members().findByUserKey(id, Activities.aadId("sam"))))
                .hasValueSatisfying(m -> assertThat(m.displayName()).isEqualTo("sam"));
        assertThat(text(said("sam", Activities.TENANT, "agencies"))).contains("NHS Trust (organisation " + GUEST_TENANT + ")");
    }
}

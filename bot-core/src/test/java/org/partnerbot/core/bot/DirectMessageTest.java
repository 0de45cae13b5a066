package org.partnerbot.core.bot;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.ConversationKind;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.reply.Audience;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.testing.CoreDriver;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;

import static org.assertj.core.api.Assertions.assertThat;

class DirectMessageTest {

    private static Inbound dm(String user, String text) {
        return new Inbound("ws", "D-" + user, "dm", ConversationKind.DIRECT, new Speaker(user, user, null), text, true, null, null);
    }

    @Test
    void aDirectMessageReachesThePersonsOnlyPartnership() {
        CoreModule core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"));
        try (CoreDriver channel = new CoreDriver(core, "ws", "C1")) {
            channel.say("sam", "setup Northside");
            channel.say("dan", "agenda add Referral backlog");
            Optional<Reply> reply = core.bot().handle(dm("dan", "agenda"));
            assertThat(reply.orElseThrow().plainText()).contains("Agenda for the next meeting of Northside (1)");
            assertThat(core.bot().handle(dm("stranger", "agenda")).orElseThrow().plainText())
                    .isEqualTo("I can't tell which partnership you mean: run this in the partnership's channel.");
        }
    }

    @Test
    void someoneInTwoPartnershipsIsAskedToUseTheChannel() {
        CoreModule core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"));
        try (CoreDriver one = new CoreDriver(core, "ws", "C1"); CoreDriver two = new CoreDriver(core, "ws", "C2")) {
            one.say("sam", "setup Northside");
            two.say("sam", "setup Southside");
            Reply reply = core.bot().handle(dm("sam", "duties")).orElseThrow();
            assertThat(reply.audience()).isEqualTo(Audience.ASKER);
            assertThat(reply.plainText()).contains("run this in the partnership's channel");
        }
    }

    @Test
    void aButtonFromAnotherWorkspacesPartnershipIsRefused() {
        CoreModule core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"));
        try (CoreDriver a = new CoreDriver(core, "slack:TA", "C1")) {
            a.say("sam", "setup Northside");
            a.say("sam", "duty add Safeguarding lead");
            long id = core.transactions().inTransaction(() -> core.partnerships().findByConversation("slack:TA", "C1").orElseThrow().id());
            Inbound forged = new Inbound("slack:TB", "D1", "dm", ConversationKind.DIRECT, new Speaker("eve", "eve", null),
                    "duty claim Safeguarding lead", true, id, null);
            assertThat(core.bot().handle(forged).orElseThrow().plainText()).isEqualTo("That partnership is not in this workspace.");
            assertThat(String.join("\n", a.say("sam", "duties"))).contains("UNASSIGNED");
        }
    }

    @Test
    void aRetriedDeliveryHasOneEffect() {
        CoreModule core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"));
        try (CoreDriver a = new CoreDriver(core, "ws", "C1")) {
            a.say("sam", "setup Northside");
            Inbound add = Inbound.command("ws", "C1", "ref", new Speaker("dan", "dan", null), "agenda add Referral backlog")
                    .withDeliveryId("Ev123");
            assertThat(core.bot().handle(add)).isPresent();
            assertThat(core.bot().handle(add)).isEmpty();
            assertThat(String.join("\n", a.say("dan", "agenda"))).contains("(1)");
        }
    }

    @Test
    void channelTalkThatOnlyLooksLikeAMeetBotLineIsLeftAlone() {
        CoreModule core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"));
        try (CoreDriver a = new CoreDriver(core, "ws", "C1")) {
            a.say("sam", "setup Northside");
            Inbound talk = new Inbound("ws", "C1", "ref", ConversationKind.CHANNEL, new Speaker("dan", "dan", null),
                    "#general is busy today", false, null, null);
            assertThat(core.bot().handle(talk)).isEmpty();
            Inbound meetBot = new Inbound("ws", "C1", "ref", ConversationKind.CHANNEL, new Speaker("dan", "dan", null),
                    "#info hello", false, null, null);
            assertThat(core.bot().handle(meetBot).orElseThrow().plainText()).startsWith("No meeting is running.");
        }
    }
}

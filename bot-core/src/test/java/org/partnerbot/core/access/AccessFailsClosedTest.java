package org.partnerbot.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.ConversationKind;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.intake.Press;
import org.partnerbot.core.partnership.MembershipStatus;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.testing.AssemblyDriver;

/**
 * When the platform keeps a roster of the channel but cannot answer (an API error, 429, a timeout), a read from outside
 * the channel is refused with one line instead of being answered from what is stored; in the channel nothing changes,
 * nor does it where there is no roster at all (the console).
 */
class AccessFailsClosedTest {

    private static final String CANNOT = "I can't check your membership right now, try again in a minute.";

    /** A roster that answers what it is told to; {@link Presence#UNAVAILABLE} is the platform failing. */
    private static final class ScriptedRoster implements ChannelRoster {
        final AtomicReference<Presence> answer = new AtomicReference<>(Presence.PRESENT);

        @Override
        public Presence presence(Partnership partnership, String userKey) {
            return answer.get();
        }

        @Override
        public Visibility visibility(String workspace, String conversationKey) {
            return Visibility.UNKNOWN;
        }
    }

    private static String dm(AssemblyDriver d, String who, String text) {
        Optional<Reply> r = d.core().bot().handle(new Inbound("test", "D-" + who, "dm", ConversationKind.DIRECT,
                new Speaker(who, who, null), text, true, null, null));
        return r.map(Reply::plainText).orElse("");
    }

    private static Partnership northside(AssemblyDriver d) {
        return d.core().transactions().inTransaction(() -> d.core().partnerships().findByConversation("test", "C-test")).orElseThrow();
    }

    @Test
    void aDirectMessageIsRefusedInOneLineWhileTheRosterCannotAnswerAndAnsweredAgainWhenItCan() {
        try (AssemblyDriver d = new AssemblyDriver("2026-11-27T10:00:00Z", 1)) {
            ScriptedRoster roster = new ScriptedRoster();
            d.core().rosters().register("test", roster);
            d.say("sam", "setup Northside");
            d.say("dan", "agenda add Referral backlog");
            assertThat(dm(d, "dan", "agenda")).contains("Referral backlog");

            roster.answer.set(Presence.UNAVAILABLE);
            assertThat(dm(d, "dan", "agenda")).isEqualTo(CANNOT).doesNotContain("Referral backlog");
            assertThat(String.join("\n", d.say("dan", "agenda"))).as("in the channel the platform shows them there")
                    .contains("Referral backlog");
            long id = northside(d).id();
            assertThat(d.core().transactions().inTransaction(() -> d.core().members().findByUserKey(id, "dan")).orElseThrow()
                    .status()).as("an outage ends nobody's membership").isEqualTo(MembershipStatus.ACTIVE);

            roster.answer.set(Presence.PRESENT);
            assertThat(dm(d, "dan", "agenda")).contains("Referral backlog");
        }
    }

    @Test
    void aButtonPressedOutsideTheChannelIsRefusedAndDoesNothingWhileTheRosterCannotAnswer() {
        try (AssemblyDriver d = new AssemblyDriver("2026-11-27T10:00:00Z", 1)) {
            ScriptedRoster roster = new ScriptedRoster();
            d.core().rosters().register("test", roster);
            d.say("sam", "setup Northside");
            d.say("sam", "duty add Safeguarding lead");
            d.say("dan", "hello");
            String claim = d.core().bot().seal().button(Button.of("Claim", "duty.claim", "duty claim Safeguarding lead"),
                    northside(d).id());

            roster.answer.set(Presence.UNAVAILABLE);
            Optional<Reply> pressed = d.core().bot().press(new Press("test", "D-dan", "dm", ConversationKind.DIRECT,
                    new Speaker("dan", "dan", null), claim, null, null));
            assertThat(pressed.orElseThrow().plainText()).isEqualTo(CANNOT);
            assertThat(String.join("\n", d.say("sam", "duties"))).contains("UNASSIGNED").doesNotContain("— dan");
        }
    }

    @Test
    void withNoRosterToAskTheStoredMembershipStands() {
        try (AssemblyDriver d = new AssemblyDriver("2026-11-27T10:00:00Z", 1)) {
            d.say("sam", "setup Northside");
            d.say("dan", "agenda add Referral backlog");
            assertThat(dm(d, "dan", "agenda")).contains("Referral backlog");
        }
    }
}

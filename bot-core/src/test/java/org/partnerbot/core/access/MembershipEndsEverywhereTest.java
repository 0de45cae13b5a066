package org.partnerbot.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.intake.ConversationKind;
import org.partnerbot.core.intake.Press;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.testing.AssemblyDriver;
import org.partnerbot.core.testing.Sealed;

/**
 * A membership that ends stops everything the bot would send that person, not only what they ask for: messages waiting
 * for them are closed, overdue nudges go to the chairs, and a press of any button they kept does nothing.
 */
class MembershipEndsEverywhereTest {

    private static Partnership northside(AssemblyDriver d) {
        return d.core().transactions().inTransaction(() -> d.core().partnerships().findByConversation("test", "C-test")).orElseThrow();
    }

    private static Optional<Reply> press(AssemblyDriver d, String who, String value, String typed) {
        return d.core().bot().press(new Press("test", "D-" + who, "dm", ConversationKind.DIRECT, new Speaker(who, who, null),
                value, typed, null));
    }

    @Test
    void aPersonWhoLeftGetsNoMessagesAndTheirOverdueActionGoesToTheChairs() {
        try (AssemblyDriver d = new AssemblyDriver("2026-11-27T10:00:00Z", 1)) {
            d.say("sam", "setup Northside");
            d.say("sam", "chair add @priya");
            d.say("dan", "agenda add Budget");
            d.say("priya", "#startmeeting");
            d.say("priya", "#action @dan send the list by 2026-11-28");
            d.say("priya", "#endmeeting");
            d.messenger().drain();
            assertThat(d.core().bot().left(new Leaving("test", "C-test", "dan", "ev-left-1"))).isTrue();
            assertThat(d.core().bot().left(new Leaving("test", "C-test", "dan", "ev-left-1"))).as("a retried notice").isFalse();

            d.clock().set(Instant.parse("2026-11-30T10:00:00Z"));
            d.scheduling().reminders().sweep();
            d.core().dispatcher().deliverDue();
            String sent = String.join("\n", d.messenger().drain());
            assertThat(sent).contains("(to priya)").doesNotContain("(to dan)");
        }
    }

    @Test
    void aSealedPressRunsAsTypedOnlyForAMemberAndAnEditedOneDoesNothing() {
        try (AssemblyDriver d = new AssemblyDriver("2026-11-27T10:00:00Z", 1)) {
            d.say("sam", "setup Northside");
            d.say("dan", "hello");
            long id = northside(d).id();
            String add = d.core().bot().seal().button(Button.asking("Add", "agenda.add", "agenda add", "Agenda item"), id);

            assertThat(press(d, "dan", add, "Budget review").orElseThrow().plainText())
                    .contains("Agenda item 1 added by dan: Budget review");
            assertThat(press(d, "eve", add, "Spam").orElseThrow().plainText())
                    .isEqualTo("You are not a member of that partnership, so I can't show you anything of it.");
            assertThat(press(d, "dan", Sealed.tampered(add), "Budget").orElseThrow().plainText())
                    .startsWith("That button is not one I can run any more");
            assertThat(press(d, "dan", null, null).orElseThrow().plainText()).startsWith("That button is not one I can run any more");
            assertThat(String.join("\n", d.say("sam", "agenda"))).contains("(1)").doesNotContain("Spam");
            assertThat(d.core().transactions().inTransaction(() -> d.core().members().findByUserKey(id, "eve")))
                    .as("pressing never enrols").isEmpty();

            d.say("dan", "leave");
            assertThat(press(d, "dan", add, "After leaving").orElseThrow().plainText()).contains("You left Northside");
        }
    }
}

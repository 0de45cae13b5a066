package org.partnerbot.teams.turn;

import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

/** What Partnerbot says when it is added: what it is for, and the first thing to type. */
final class Welcome {

    private Welcome() {
    }

    static Reply reply(boolean personal) {
        Reply.Builder b = Reply.channel()
                .heading("Hello, I'm Partnerbot")
                .text("I run the weekly meetings of a multi-agency partnership and keep it accountable between them:"
                        + " who owns each duty and action, what is on the agenda, and what the meeting decided."
                        + " I chase what nobody owns, so nothing falls between agencies.");
        if (personal) {
            b.line(Line.builder().text("Here you can type commands without mentioning me, and I send you reminders"
                    + " about your own actions. Try ").code("actions mine").text(" or ").code("help").text(".").build());
        } else {
            b.line(Line.builder().text("To start, an admin types ").code("@Partnerbot setup <partnership name>")
                    .text(" in this channel; mention me with ").code("help").text(" to see every command.").build());
        }
        return b.buttons(Button.of("Help", "help", "help")).build();
    }
}

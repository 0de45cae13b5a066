package org.partnerbot.core.welcome;

import java.util.List;
import org.partnerbot.core.partnership.Agency;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

/** The words of a welcome, the same on every platform: what the partnership is for, and which agency you are with. */
public final class WelcomeMessages {

    /** Enough choice for any real partnership, within Slack's 25 buttons per actions block. */
    public static final int MAX_AGENCY_BUTTONS = 20;

    private WelcomeMessages() {
    }

    /**
     * To a person who joined the partnership's channel, by direct message: its buttons name the partnership, since a
     * direct message is not the partnership's conversation.
     */
    public static Reply welcome(Partnership p, String userKey, String displayName, List<Agency> agencies) {
        Reply.Builder b = Reply.channel()
                .line(Line.builder().text("Welcome to ").strong(p.name()).text(", ").person(userKey, displayName).text("!").build());
        if (p.hasPurpose()) {
            b.line(Line.builder().text("Our shared purpose: ").text(p.purpose()).build());
        }
        if (agencies.isEmpty()) {
            b.text("Which agency are you with? No agencies are listed yet: an admin can add yours with `agency add <name>`.");
            return b.build();
        }
        b.text("Which agency are you with?");
        b.buttons(agencies.stream().limit(MAX_AGENCY_BUTTONS)
                .map(a -> Button.of(a.name(), "agency.join", "agency join " + a.name()).inPartnership(p.id()))
                .toArray(Button[]::new));
        return b.note(Line.builder().text("Not listed? Ask an admin to run ").code("agency add <name>")
                .text(". Everything I can do: ").code("help").build()).build();
    }
}

package org.partnerbot.core.welcome;

import java.util.List;
import org.partnerbot.core.partnership.Agency;
import org.partnerbot.core.partnership.Member;
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

    /**
     * To a person who joined a closed partnership's channel: nothing of it yet but its name, and who can let them in.
     *
     * @param members its active members, to name the admins
     */
    public static Reply waiting(Partnership p, Member waiting, List<Member> members) {
        Line.Builder admins = Line.builder().text("An admin (");
        List<Member> names = members.stream().filter(Member::admin).toList();
        for (int i = 0; i < names.size(); i++) {
            admins.text(i == 0 ? "" : ", ").person(names.get(i).userKey(), names.get(i).displayName());
        }
        return Reply.channel()
                .line(Line.builder().text("Welcome to ").strong(p.name()).text(", ").person(waiting.userKey(), waiting.displayName())
                        .text("!").build())
                .line(admins.text(") approves each new member of this closed partnership with ")
                        .code("member approve @" + waiting.displayName()).text(". Until then I can't show you anything of it.")
                        .build())
                .build();
    }
}

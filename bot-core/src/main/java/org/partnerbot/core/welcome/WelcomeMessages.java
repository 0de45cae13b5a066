package org.partnerbot.core.welcome;

import java.util.List;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Agency;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

/**
 * The words of a welcome, the same on every platform and in the newcomer's language: what the partnership is for, and
 * which agency you are with.
 */
public final class WelcomeMessages {

    /** Enough choice for any real partnership, within Slack's 25 buttons per actions block. */
    public static final int MAX_AGENCY_BUTTONS = 20;

    private WelcomeMessages() {
    }

    /**
     * To a person who joined the partnership's channel, by direct message: its buttons name the partnership, since a
     * direct message is not the partnership's conversation.
     */
    public static Reply welcome(Texts t, Partnership p, String userKey, String displayName, List<Agency> agencies) {
        Reply.Builder b = Reply.channel().line(hello(t, p, userKey, displayName));
        if (p.hasPurpose()) {
            b.line(Line.of(t.t("welcome.purpose", p.purpose())));
        }
        if (agencies.isEmpty()) {
            b.text(t.t("welcome.noAgencies"));
            return b.build();
        }
        b.text(t.t("welcome.whichAgency"));
        b.buttons(agencies.stream().limit(MAX_AGENCY_BUTTONS)
                .map(a -> Button.of(a.name(), "agency.join", "agency join " + a.name()).inPartnership(p.id()))
                .toArray(Button[]::new));
        return b.note(t.line("welcome.notListed", code(t.t("welcome.addAgency")), code(t.t("welcome.help")))).build();
    }

    private static Line hello(Texts t, Partnership p, String userKey, String displayName) {
        return t.line("welcome.hello", Line.builder().strong(p.name()).build(),
                Line.builder().person(userKey, displayName).build());
    }

    private static Line code(String text) {
        return Line.builder().code(text).build();
    }

    /**
     * To a person who joined a closed partnership's channel: nothing of it yet but its name, and who can let them in.
     *
     * @param members its active members, to name the admins
     */
    public static Reply waiting(Texts t, Partnership p, Member waiting, List<Member> members) {
        Line.Builder admins = Line.builder();
        List<Member> names = members.stream().filter(Member::admin).toList();
        for (int i = 0; i < names.size(); i++) {
            admins.text(i == 0 ? "" : ", ").person(names.get(i).userKey(), names.get(i).displayName());
        }
        return Reply.channel()
                .line(hello(t, p, waiting.userKey(), waiting.displayName()))
                .line(t.line("welcome.waiting", admins.build(), code(t.t("welcome.approve", waiting.displayName()))))
                .build();
    }
}

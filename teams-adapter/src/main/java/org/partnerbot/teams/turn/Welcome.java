package org.partnerbot.teams.turn;

import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

/** What Partnerbot says when it is added: what it is for, and the first thing to type. */
final class Welcome {

    private Welcome() {
    }

    static Reply reply(boolean personal, Texts t) {
        Reply.Builder b = Reply.channel()
                .heading(t.t("teams.welcome.title"))
                .text(t.t("teams.welcome.what"));
        if (personal) {
            b.line(t.line("teams.welcome.personal", code(t.t("teams.command.actionsMine")), code(t.t("teams.command.help"))));
        } else {
            b.line(t.line("teams.welcome.channel", code(t.t("teams.command.setup")), code(t.t("teams.command.help"))));
        }
        return b.buttons(Button.of(t.t("teams.welcome.helpButton"), "help", "help")).build();
    }

    private static Line code(String command) {
        return Line.builder().code(command).build();
    }
}

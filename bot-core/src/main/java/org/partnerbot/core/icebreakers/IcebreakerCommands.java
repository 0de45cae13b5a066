package org.partnerbot.core.icebreakers;

import java.util.List;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/** Admins switch icebreakers off and on, and add their own questions to the bank. */
public final class IcebreakerCommands implements CommandSet {

    static final int MAX_QUESTION = 300;

    private final Icebreakers icebreakers;

    public IcebreakerCommands(Icebreakers icebreakers) {
        this.icebreakers = icebreakers;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                command("icebreaker on").role(Role.ADMIN).does("open each meeting with a question (the default)", in -> toggle(in, true)),
                command("icebreaker off").role(Role.ADMIN).does("stop opening meetings with a question", in -> toggle(in, false)),
                command("icebreaker add").requires("<question>").role(Role.ADMIN)
                        .does("add your own question; it is asked before the built-in ones", this::add));
    }

    private Reply toggle(Invocation in, boolean on) {
        icebreakers.switchOn(in.partnershipId(), on);
        return in.toChannel(t -> Reply.channel().text(t.t(on ? "icebreakers.on" : "icebreakers.off")).build());
    }

    private Reply add(Invocation in) {
        String text = in.args().strip().replaceAll("\\s+", " ");
        if (text.length() > MAX_QUESTION) {
            throw new UserError(in.t("icebreakers.tooLong", String.valueOf(text.length()), String.valueOf(MAX_QUESTION)), in.spec());
        }
        boolean duplicate = icebreakers.custom(in.partnershipId()).stream().anyMatch(c -> c.text().equalsIgnoreCase(text))
                || IcebreakerBank.QUESTIONS.stream().anyMatch(q -> q.equalsIgnoreCase(text));
        if (duplicate) {
            throw new UserError(in.t("icebreakers.duplicate"));
        }
        icebreakers.add(in.partnershipId(), text, in.asker().id());
        int total = IcebreakerBank.QUESTIONS.size() + icebreakers.custom(in.partnershipId()).size();
        return in.toChannel(t -> Reply.channel().text(t.t("icebreakers.added", total, text)).build());
    }
}

package org.partnerbot.core.help;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.partnerbot.core.command.CommandCatalog;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/** The grammar, filtered to what the asker may run, with the partnership's purpose on top. */
public final class HelpCommands implements CommandSet {

    private final CommandCatalog others;

    /** @param others every other command of the bot; help lists them and itself */
    public HelpCommands(CommandCatalog others) {
        this.others = others;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(command("help").optional("[command]").withoutPartnership().role(Role.ANYONE)
                .does("what you can ask me, or the detail of one command", this::help));
    }

    private Reply help(Invocation in) {
        Member asker = in.asker();
        String topic = in.args().strip().toLowerCase(Locale.ROOT);
        List<CommandSpec> allowed = Stream.concat(others.all().stream(), commands().stream())
                .filter(s -> in.partnership() == null ? !s.needsPartnership() : s.role().allows(asker))
                .filter(s -> topic.isEmpty() || s.words().startsWith(topic) || s.family().equals(topic)
                        || s.aliases().stream().anyMatch(a -> a.startsWith(topic)))
                .toList();
        if (allowed.isEmpty()) {
            throw new UserError("No command starts with `" + topic + "` that you can run. Type `help` for the list.");
        }
        Reply.Builder reply = Reply.asker();
        if (in.partnership() != null && (asker == null || !asker.active())) {
            // Someone who is not a member sees nothing of the partnership, not even its purpose.
            reply.heading("Partnerbot").text("You are not a member here (yet): these are the commands you can run.");
        } else if (in.partnership() == null) {
            reply.heading("Partnerbot").text("This conversation is not a partnership yet. "
                    + "Partnerbot runs the weekly meetings of a multi-agency partnership and makes unowned duties, "
                    + "unowned actions and silent agencies visible.");
        } else {
            reply.heading("Partnerbot in " + in.partnership().name());
            if (in.partnership().hasPurpose()) {
                reply.text("Purpose: " + in.partnership().purpose());
            }
        }
        reply.list(topic.isEmpty() ? "Commands you can run" : "Commands for " + topic,
                allowed.stream().map(HelpCommands::item).toList(), null);
        if (asker != null && asker.active() && !asker.admin()) {
            reply.note("You are " + (asker.chair() ? "a chair" : "a member") + "; " + Role.ADMIN.who()
                    + " can run more. `/partner`, `@Partnerbot` or plain text in a direct message all work.");
        }
        return reply.build();
    }

    private static Block.Item item(CommandSpec s) {
        Line.Builder line = Line.builder().code(s.usage()).text(" — " + s.summary());
        if (!s.aliases().isEmpty()) {
            line.text(" (also `" + String.join("`, `", s.aliases()) + "`)");
        }
        if (s.role() == Role.CHAIR || s.role() == Role.ADMIN) {
            line.text(" [" + s.role().who() + "]");
        }
        return Block.Item.of(line.build());
    }
}

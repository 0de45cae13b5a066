package org.partnerbot.core.help;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.partnerbot.core.command.CommandCatalog;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/**
 * The grammar, filtered to what the asker may run, with the partnership's purpose on top, in the asker's language: a
 * Welsh reader sees each command's Welsh words first, its English words among the others.
 */
public final class HelpCommands implements CommandSet {

    private final CommandCatalog others;
    /**
     * Each command's line, once per language: a command's words and summary never change, and writing sixty of them
     * afresh (each through the message bundles) was most of what answering {@code help} cost.
     */
    private final Map<Texts, Map<CommandSpec, Block.Item>> lines = new ConcurrentHashMap<>();

    /** @param others every other command of the bot; help lists them and itself */
    public HelpCommands(CommandCatalog others) {
        this.others = others;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(command("help").optional("[command]").withoutPartnership().role(Role.ANYONE)
                .does("help.help", this::help));
    }

    private Reply help(Invocation in) {
        Member asker = in.asker();
        Texts t = in.texts();
        String topic = in.args().strip().toLowerCase(Locale.ROOT);
        List<CommandSpec> allowed = Stream.concat(others.all().stream(), commands().stream())
                .filter(s -> in.partnership() == null ? !s.needsPartnership() : s.role().allows(asker))
                .filter(s -> topic.isEmpty() || s.words().startsWith(topic) || s.family().equals(topic)
                        || s.aliases().stream().anyMatch(a -> a.startsWith(topic))
                        || s.welshWords().stream().anyMatch(a -> a.startsWith(topic)))
                .toList();
        if (allowed.isEmpty()) {
            throw new UserError(t.t("help.noCommand", topic));
        }
        Reply.Builder reply = Reply.asker();
        if (in.partnership() != null && (asker == null || !asker.active())) {
            // Someone who is not a member sees nothing of the partnership, not even its purpose.
            reply.heading(t.t("help.heading")).text(t.t("help.notMember"));
        } else if (in.partnership() == null) {
            reply.heading(t.t("help.heading")).text(t.t("help.noPartnership"));
        } else {
            reply.heading(t.t("help.headingIn", in.partnership().name()));
            if (in.partnership().hasPurpose()) {
                reply.text(t.t("help.purpose", in.partnership().purpose()));
            }
        }
        reply.list(topic.isEmpty() ? t.t("help.commands") : t.t("help.commandsFor", topic),
                allowed.stream().map(s -> line(t, s)).toList(), null);
        if (asker != null && asker.active() && !asker.admin()) {
            reply.note(t.t(asker.chair() ? "help.youAreChair" : "help.youAreMember", t.t(Role.ADMIN.whoKey())));
        }
        return reply.build();
    }

    private Block.Item line(Texts t, CommandSpec s) {
        return lines.computeIfAbsent(t, any -> new ConcurrentHashMap<>()).computeIfAbsent(s, spec -> item(t, spec));
    }

    private static Block.Item item(Texts t, CommandSpec s) {
        Line.Builder line = Line.builder().code(s.usage(t)).text(" — " + s.summary(t));
        List<String> others = s.otherWords(t.language());
        if (!others.isEmpty()) {
            line.text(" " + t.t("help.also", "`" + String.join("`, `", others) + "`"));
        }
        if (s.role() == Role.CHAIR || s.role() == Role.ADMIN) {
            line.text(" [" + t.t(s.role().whoKey()) + "]");
        }
        return Block.Item.of(line.build());
    }
}

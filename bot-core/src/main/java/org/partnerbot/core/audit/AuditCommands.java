package org.partnerbot.core.audit;

import java.util.List;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Span;

import static org.partnerbot.core.command.CommandSpec.command;

/** `audit [last <N>]`: the latest entries of the audit log, for admins, shown only to the asker. */
public final class AuditCommands implements CommandSet {

    static final int DEFAULT = 20;
    static final int MOST = 200;

    private final AuditLog audit;

    public AuditCommands(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(command("audit").optional("[last <N>]").role(Role.ADMIN)
                .does("who viewed or exported minutes outside the channel, changed roles, access or retention, or erased data",
                        this::show));
    }

    private Reply show(Invocation in) {
        int n = count(in);
        List<AuditEntry> entries = audit.latest(in.partnershipId(), n);
        return Reply.asker().list(in.t("audit.title", in.partnership().name(), entries.size()),
                entries.stream().map(e -> Block.Item.of(line(e, in))).toList(), in.t("audit.empty")).build();
    }

    private static Line line(AuditEntry e, Invocation in) {
        Line.Builder b = Line.builder().time(e.at(), in.askerZone(), Span.TimeStyle.DATE_TIME, in.texts().language().code()).text(" · ");
        if (e.actorName() != null) {
            b.person(e.actorKey(), e.actorName()).text(" ");
        }
        String event = "audit.event." + e.event().name();
        b.text(in.texts().has(event) ? in.t(event) : e.event().words());
        if (e.subjectName() != null) {
            b.text(": ").person(e.subjectKey(), e.subjectName());
        }
        if (e.detail() != null && !e.detail().isBlank()) {
            // Details recorded as a bundle key are written in the reader's language; older ones stand as recorded.
            b.text(in.t("audit.detail", in.texts().has(e.detail()) ? in.t(e.detail()) : e.detail()));
        }
        return b.build();
    }

    private static int count(Invocation in) {
        String args = in.args().strip();
        if (args.isEmpty()) {
            return DEFAULT;
        }
        String[] words = args.split("\\s+");
        if (words.length != 2 || !words[0].equalsIgnoreCase("last") || !words[1].matches("\\d{1,4}")
                || Integer.parseInt(words[1]) < 1 || Integer.parseInt(words[1]) > MOST) {
            throw new UserError(in.t("audit.badCount", String.valueOf(MOST)), in.spec());
        }
        return Integer.parseInt(words[1]);
    }
}

package org.partnerbot.core.mydata;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.partnerbot.core.audit.AuditEvent;
import org.partnerbot.core.audit.AuditLog;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/**
 * `my data`: a Markdown file with everything held about the asker in this workspace, handed only to them (Slack: a
 * file in their direct messages with the bot; Teams: their personal chat; the console prints it). Recorded in each
 * partnership's audit log.
 */
public final class MyDataCommands implements CommandSet {

    public static final String MEDIA_TYPE = "text/markdown";

    private final PersonalData data;
    private final Members members;
    private final AuditLog audit;

    public MyDataCommands(PersonalData data, Members members, AuditLog audit) {
        this.data = data;
        this.members = members;
        this.audit = audit;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(command("my data").withoutPartnership().role(Role.ANYONE)
                .does("everything I hold about you, as a file only you receive", this::export));
    }

    private Reply export(Invocation in) {
        // Recorded first, so the file itself shows that it was made.
        // A guest (through their own workspace, or in the host's channel) also holds data in each host workspace.
        String me = in.speaker().userKey();
        List<String> workspaces = members.workspacesReachedFrom(in.workspace(), in.speaker().organisation(), me);
        workspaces.forEach(w -> members.ofPerson(w, me)
                .forEach(m -> audit.record(m.partnershipId(), m, m, AuditEvent.DATA_EXPORTED, null)));
        Optional<PersonalData.Person> person = merged(workspaces.stream().map(w -> data.of(w, me)).flatMap(Optional::stream)
                .toList());
        if (person.isEmpty()) {
            return Reply.toAsker(in.t("mydata.nothing"));
        }
        LocalDate day = in.now().atZone(ZoneOffset.UTC).toLocalDate();
        String fileName = in.t("mydata.fileName", day.toString());
        return Reply.asker().text(in.t("mydata.file", fileName))
                .block(Block.Attachment.personal(fileName, MEDIA_TYPE, MyDataView.markdown(in.texts(), person.get(), in.now())))
                .build();
    }

    /** One person as first found (their own workspace's record when there is one), with every membership of each. */
    private static Optional<PersonalData.Person> merged(List<PersonalData.Person> found) {
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PersonalData.Person first = found.get(0);
        List<PersonalData.Membership> all = found.stream().flatMap(p -> p.memberships().stream()).toList();
        return Optional.of(new PersonalData.Person(first.workspace(), first.userKey(), first.displayName(), first.timeZone(),
                all));
    }
}

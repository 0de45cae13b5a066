package org.partnerbot.core.duties;

import java.util.List;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/** Who owns which standing duty, made visible: nobody (UNASSIGNED) and too many (DUPLICATED) alike. */
public final class DutyCommands implements CommandSet {

    private static final int MAX_NAME = 200;

    private final Duties duties;
    private final DutiesView view;

    public DutyCommands(Duties duties, DutiesView view) {
        this.duties = duties;
        this.view = view;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                command("duties").does("who owns which duty, with UNASSIGNED and DUPLICATED sections", this::list),
                command("duty add").requires("<name>[: description]").role(Role.ADMIN)
                        .does("add a standing duty to the register", this::add),
                command("duty remove").requires("<name>").role(Role.ADMIN).does("remove a duty from the register", this::remove),
                command("duty claim").requires("<name>").does("say the duty is yours", this::claim),
                command("duty release").requires("<name>").does("give a duty up", this::release));
    }

    private Reply list(Invocation in) {
        return view.register(in.partnership(), duties.list(in.partnershipId()), Reply.asker()).build();
    }

    private Reply add(Invocation in) {
        String[] parts = in.args().split(":", 2);
        String name = parts[0].strip().replaceAll("\\s+", " ");
        String description = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
        if (name.isEmpty()) {
            throw new UserError("`duty add` needs a name before the colon.", in.spec());
        }
        if (name.length() > MAX_NAME) {
            throw new UserError("That duty name is " + name.length() + " characters; keep it under " + MAX_NAME + ".", in.spec());
        }
        if (duties.findByName(in.partnershipId(), name).isPresent()) {
            throw new UserError("There is already a duty called " + name + ".");
        }
        Duty d = duties.add(in.partnershipId(), name, description);
        return Reply.channel()
                .line(Line.builder().text("Duty added: ").strong(d.name())
                        .text(description == null ? "" : " — " + description).text(". It is UNASSIGNED until someone claims it.").build())
                .buttons(DutiesView.claimButton(d))
                .build();
    }

    private Reply remove(Invocation in) {
        Duty d = find(in);
        duties.remove(d.id());
        return Reply.channel().text("Duty removed from the register: " + d.name() + ".").build();
    }

    private Reply claim(Invocation in) {
        Duty d = find(in);
        if (d.ownedBy(in.asker().id())) {
            throw new UserError("You already hold " + d.name() + ".");
        }
        duties.claim(d.id(), in.asker().id());
        Duty now = duties.findByName(in.partnershipId(), d.name()).orElseThrow();
        Line.Builder line = Line.builder().strong(now.name()).text(" is now held by ").append(in.asker().withAgency()).text(".");
        Reply.Builder reply = Reply.channel().line(line.build());
        if (now.duplicated()) {
            reply.line(DutiesView.duplicatedWarning(now));
        }
        return reply.build();
    }

    private Reply release(Invocation in) {
        Duty d = find(in);
        if (!d.ownedBy(in.asker().id())) {
            throw new UserError("You do not hold " + d.name() + ", so there is nothing to release.");
        }
        duties.release(d.id(), in.asker().id());
        Duty now = duties.findByName(in.partnershipId(), d.name()).orElseThrow();
        Reply.Builder reply = Reply.channel().line(Line.builder().append(in.asker().mention())
                .text(" released ").strong(now.name()).text(".").build());
        if (now.unassigned()) {
            reply.line(Line.builder().strong(now.name()).text(" is now UNASSIGNED.").build()).buttons(DutiesView.claimButton(now));
        }
        return reply.build();
    }

    private Duty find(Invocation in) {
        return duties.findByName(in.partnershipId(), in.args()).orElseThrow(() -> {
            List<String> names = duties.list(in.partnershipId()).stream().map(Duty::name).toList();
            return new UserError("No duty called \"" + in.args().strip() + "\". "
                    + (names.isEmpty() ? "The register is empty." : "Duties: " + String.join(", ", names) + "."), in.spec());
        });
    }
}

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
        return view.register(in.texts(), in.partnership(), duties.list(in.partnershipId()), Reply.asker()).build();
    }

    private Reply add(Invocation in) {
        String[] parts = in.args().split(":", 2);
        String name = parts[0].strip().replaceAll("\\s+", " ");
        String description = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
        if (name.isEmpty()) {
            throw new UserError(in.t("duty.needsName"), in.spec());
        }
        if (name.length() > MAX_NAME) {
            throw new UserError(in.t("duty.tooLong", name.length(), MAX_NAME), in.spec());
        }
        if (duties.findByName(in.partnershipId(), name).isPresent()) {
            throw new UserError(in.t("duty.exists", name));
        }
        Duty d = duties.add(in.partnershipId(), name, description);
        return in.toChannel(t -> Reply.channel()
                .line(t.line("duty.added", DutiesView.nameAndDescription(d)))
                .buttons(DutiesView.claimButton(t, d))
                .build());
    }

    private Reply remove(Invocation in) {
        Duty d = find(in);
        duties.remove(d.id());
        return in.toChannel(t -> Reply.channel().text(t.t("duty.removed", d.name())).build());
    }

    private Reply claim(Invocation in) {
        Duty d = find(in);
        if (d.ownedBy(in.asker().id())) {
            throw new UserError(in.t("duty.alreadyHeld", d.name()));
        }
        duties.claim(d.id(), in.asker().id());
        Duty now = duties.findByName(in.partnershipId(), d.name()).orElseThrow();
        return in.toChannel(t -> {
            Reply.Builder reply = Reply.channel().line(t.line("duty.claimed", strong(now.name()), in.asker().withAgency()));
            if (now.duplicated()) {
                reply.line(DutiesView.duplicatedWarning(t, now));
            }
            return reply.build();
        });
    }

    private Reply release(Invocation in) {
        Duty d = find(in);
        if (!d.ownedBy(in.asker().id())) {
            throw new UserError(in.t("duty.notHeld", d.name()));
        }
        duties.release(d.id(), in.asker().id());
        Duty now = duties.findByName(in.partnershipId(), d.name()).orElseThrow();
        return in.toChannel(t -> {
            Reply.Builder reply = Reply.channel().line(t.line("duty.released", in.asker().mention(), strong(now.name())));
            if (now.unassigned()) {
                reply.line(t.line("duty.nowUnassigned", strong(now.name()))).buttons(DutiesView.claimButton(t, now));
            }
            return reply.build();
        });
    }

    private Duty find(Invocation in) {
        return duties.findByName(in.partnershipId(), in.args()).orElseThrow(() -> {
            List<String> names = duties.list(in.partnershipId()).stream().map(Duty::name).toList();
            return new UserError(in.t("duty.noSuch", in.args().strip(), names.size(), String.join(", ", names)), in.spec());
        });
    }

    private static Line strong(String text) {
        return Line.builder().strong(text).build();
    }
}

package org.partnerbot.core.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnerbot.core.access.Access;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Dates;
import org.partnerbot.core.command.Ids;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.command.UserRefs;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Agency;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/** Owned actions: nobody leaves a meeting with an action that has no owner without everyone seeing it. */
public final class ActionCommands implements CommandSet {

    private final Actions actions;
    private final Members members;
    private final Agencies agencies;
    private final ActionsView view;
    private final Access access;

    public ActionCommands(Actions actions, Members members, Agencies agencies, ActionsView view, Access access) {
        this.actions = actions;
        this.members = members;
        this.agencies = agencies;
        this.view = view;
        this.access = access;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                command("actions").does("open actions by owner, with an UNASSIGNED section", this::list),
                command("actions mine").does("your open actions and your agency's", this::mine),
                command("action take").requires("<id>")
                        .does("take an UNASSIGNED action (or your agency's) as yours", this::take),
                command("action done").requires("<id>").does("mark an action done (yours, your agency's, or any if you chair)", this::done),
                command("action assign").requires("<id> @user|<agency>").role(Role.CHAIR)
                        .does("give an action to a person or an agency", this::assign),
                command("action due").requires("<id> <YYYY-MM-DD>").role(Role.CHAIR).does("set an action's due date", this::due),
                command("action status").requires("<id> on-track|at-risk|blocked [note]")
                        .does("say how an action is going (its owner, their agency, or a chair)", this::status),
                command("action close").requires("<id> not-possible|not-undertaken <reason>")
                        .does("close an action undone, saying why (its owner, their agency, or a chair)", this::close));
    }

    private Reply list(Invocation in) {
        return view.byOwner(in.partnership(), actions.open(in.partnershipId()), today(in), Reply.asker()).build();
    }

    private Reply mine(Invocation in) {
        Member me = in.asker();
        List<Action> mine = actions.open(in.partnershipId()).stream()
                .filter(a -> (a.ownerMemberId() != null && a.ownerMemberId() == me.id())
                        || (a.ownerAgencyId() != null && a.ownerAgencyId().equals(me.agencyId())))
                .toList();
        return view.mine(mine, today(in), Reply.asker()).build();
    }

    private Reply take(Invocation in) {
        Action a = openAction(in, in.args());
        if (a.ownerMemberId() != null && a.ownerMemberId() == in.asker().id()) {
            throw new UserError("Action " + a.number() + " is already yours.");
        }
        boolean myAgencys = a.ownerMemberId() == null && a.ownerAgencyId() != null && a.ownerAgencyId().equals(in.asker().agencyId());
        if (!a.unassigned() && !myAgencys) {
            throw new UserError("Action " + a.number() + " belongs to " + a.owner().plain() + ", so you can't take it."
                    + " A chair can give it to someone else with `action assign " + a.number() + " @user`.");
        }
        actions.assignToMember(a.id(), in.asker().id());
        Line.Builder line = Line.builder().append(in.asker().withAgency()).text(" took action " + a.number() + ": " + a.text());
        if (!a.unassigned()) {
            line.text(" (was ").append(a.owner()).text(")");
        }
        return Reply.channel().line(line.build()).build();
    }

    private Reply done(Invocation in) {
        Action a = openAction(in, in.args());
        Member me = in.asker();
        boolean mine = a.ownerMemberId() != null && a.ownerMemberId() == me.id();
        boolean myAgency = a.ownerAgencyId() != null && a.ownerAgencyId().equals(me.agencyId());
        if (!mine && !myAgency && !me.canChair()) {
            throw new UserError("Action " + a.number() + " belongs to " + a.owner().plain()
                    + "; only its owner, a chair or an admin can mark it done.");
        }
        actions.markDone(a.id(), me.id());
        return Reply.channel().line(Line.builder().text("Done: action " + a.number() + " — " + a.text() + " (marked by ")
                .append(me.mention()).text(")").build()).build();
    }

    private Reply status(Invocation in) {
        String[] parts = in.args().strip().split("\\s+", 3);
        Action a = openAction(in, parts[0]);
        mayChange(in, a, "say how it is going");
        Action.Progress progress = parts.length < 2 ? null : switch (parts[1].toLowerCase(java.util.Locale.ROOT)) {
            case "on-track" -> Action.Progress.ON_TRACK;
            case "at-risk" -> Action.Progress.AT_RISK;
            case "blocked" -> Action.Progress.BLOCKED;
            default -> null;
        };
        if (progress == null) {
            throw new UserError("Say how the action is going: on-track, at-risk or blocked.", in.spec());
        }
        String note = parts.length > 2 ? limited(parts[2].strip(), in) : null;
        actions.setProgress(a.id(), progress, note);
        return Reply.channel().line(Line.builder().text("Action " + a.number() + " (" + a.text() + ") is ")
                .strong(progress.word()).text(note == null ? "." : ": " + note).build()).build();
    }

    private Reply close(Invocation in) {
        String[] parts = in.args().strip().split("\\s+", 3);
        Action a = openAction(in, parts[0]);
        mayChange(in, a, "close it");
        ActionStatus status = parts.length < 2 ? null : switch (parts[1].toLowerCase(java.util.Locale.ROOT)) {
            case "not-possible" -> ActionStatus.NOT_POSSIBLE;
            case "not-undertaken" -> ActionStatus.NOT_UNDERTAKEN;
            default -> null;
        };
        if (status == null || parts.length < 3 || parts[2].isBlank()) {
            throw new UserError("Close an action with not-possible or not-undertaken and the reason, e.g. `action close "
                    + a.number() + " not-possible circumstances changed`.", in.spec());
        }
        String reason = limited(parts[2].strip(), in);
        actions.close(a.id(), status, reason, in.asker().id());
        return Reply.channel().line(Line.builder().text("Closed: action " + a.number() + " — " + a.text() + " — ")
                .strong(status == ActionStatus.NOT_POSSIBLE ? "not possible" : "not undertaken").text(": " + reason).build())
                .build();
    }

    private static String limited(String text, Invocation in) {
        if (text.length() > 2000) {
            throw new UserError("That note is " + text.length() + " characters; keep it under 2000.", in.spec());
        }
        return text;
    }

    private static void mayChange(Invocation in, Action a, String what) {
        Member me = in.asker();
        boolean mine = a.ownerMemberId() != null && a.ownerMemberId() == me.id();
        boolean myAgency = a.ownerAgencyId() != null && a.ownerAgencyId().equals(me.agencyId());
        if (!mine && !myAgency && !me.canChair()) {
            throw new UserError("Action " + a.number() + " belongs to " + a.owner().plain() + "; only its owner, a chair or an"
                    + " admin can " + what + ".");
        }
    }

    private Reply assign(Invocation in) {
        String[] parts = in.args().split("\\s+", 2);
        Action a = openAction(in, parts[0]);
        String target = parts.length > 1 ? parts[1].strip() : "";
        if (target.isEmpty()) {
            throw new UserError("`action assign` needs a person (@name) or an agency after the number.", in.spec());
        }
        Optional<UserRefs.Mention> mention = UserRefs.first(target);
        if (mention.isPresent() && mention.get().start() == 0) {
            Member m = access.member(in.partnership(), in.workspace(), mention.get());
            actions.assignToMember(a.id(), m.id());
            return Reply.channel().line(Line.builder().text("Action " + a.number() + " (" + a.text() + ") is now owned by ")
                    .append(m.withAgency()).text(".").build()).build();
        }
        Agency agency = agencies.findByName(in.partnershipId(), target).orElseThrow(() -> new UserError(
                "\"" + target + "\" is neither a person (@name) nor an agency of this partnership.", in.spec()));
        actions.assignToAgency(a.id(), agency.id());
        return Reply.channel().text("Action " + a.number() + " (" + a.text() + ") is now owned by " + agency.name() + ".").build();
    }

    private Reply due(Invocation in) {
        String[] parts = in.args().split("\\s+", 2);
        Action a = openAction(in, parts[0]);
        if (parts.length < 2) {
            throw new UserError("`action due` needs a date after the number.", in.spec());
        }
        LocalDate due = Dates.parse(parts[1], in.spec());
        actions.setDue(a.id(), due);
        return Reply.channel().text("Action " + a.number() + " (" + a.text() + ") is due " + due + ".").build();
    }

    private Action openAction(Invocation in, String idText) {
        int number = Ids.parse(idText, "an action", in.spec());
        Action a = actions.find(in.partnershipId(), number)
                .orElseThrow(() -> new UserError("There is no action " + number + ". See `actions`."));
        if (a.status() == ActionStatus.WITHDRAWN) {
            throw new UserError("There is no action " + number + " any more: it was withdrawn. See `actions`.");
        }
        if (!a.open()) {
            throw new UserError("Action " + number + " is already " + (a.status() == ActionStatus.DONE ? "done" : "closed ("
                    + a.statusText(today(in)) + ")") + ".");
        }
        return a;
    }

    private static LocalDate today(Invocation in) {
        return in.now().atZone(in.partnership().zone()).toLocalDate();
    }
}

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

    private static final int MAX_NOTE = 2000;

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
                command("actions").does("record.summary.actions", this::list),
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
        return view.log(in.texts(), in.partnership(), actions.open(in.partnershipId()), today(in), Reply.asker()).build();
    }

    private Reply mine(Invocation in) {
        Member me = in.asker();
        List<Action> mine = actions.open(in.partnershipId()).stream()
                .filter(a -> (a.ownerMemberId() != null && a.ownerMemberId() == me.id())
                        || (a.ownerAgencyId() != null && a.ownerAgencyId().equals(me.agencyId())))
                .toList();
        return view.mine(in.texts(), mine, today(in), Reply.asker()).build();
    }

    private Reply take(Invocation in) {
        Action a = openAction(in, in.args());
        String n = String.valueOf(a.number());
        if (a.ownerMemberId() != null && a.ownerMemberId() == in.asker().id()) {
            throw new UserError(in.t("record.action.alreadyYours", n));
        }
        boolean myAgencys = a.ownerMemberId() == null && a.ownerAgencyId() != null && a.ownerAgencyId().equals(in.asker().agencyId());
        if (!a.unassigned() && !myAgencys) {
            throw new UserError(in.t("record.action.notYoursToTake", n, a.owner(in.texts()).plain()));
        }
        actions.assignToMember(a.id(), in.asker().id());
        return in.toChannel(t -> Reply.channel().line(a.unassigned()
                ? t.line("record.action.took", in.asker().withAgency(), n, a.text())
                : t.line("record.action.tookFrom", in.asker().withAgency(), n, a.text(), a.owner(t))).build());
    }

    private Reply done(Invocation in) {
        Action a = openAction(in, in.args());
        Member me = in.asker();
        boolean mine = a.ownerMemberId() != null && a.ownerMemberId() == me.id();
        boolean myAgency = a.ownerAgencyId() != null && a.ownerAgencyId().equals(me.agencyId());
        if (!mine && !myAgency && !me.canChair()) {
            throw new UserError(in.t("record.action.notYoursToMarkDone", String.valueOf(a.number()), a.owner(in.texts()).plain()));
        }
        actions.markDone(a.id(), me.id());
        return in.toChannel(t -> Reply.channel().line(t.line("record.action.done", String.valueOf(a.number()), a.text(),
                me.mention())).build());
    }

    private Reply status(Invocation in) {
        String[] parts = in.args().strip().split("\\s+", 3);
        Action a = openAction(in, parts[0]);
        mayChange(in, a, "record.action.notYoursToUpdate");
        Action.Progress progress = parts.length < 2 ? null : java.util.Arrays.stream(Action.Progress.values())
                .filter(p -> grammarWord(p).equals(parts[1].toLowerCase(java.util.Locale.ROOT))).findFirst().orElse(null);
        if (progress == null) {
            throw new UserError(in.t("record.action.sayProgress"), in.spec());
        }
        String note = parts.length > 2 ? limited(parts[2].strip(), in) : null;
        actions.setProgress(a.id(), progress, note);
        return in.toChannel(t -> {
            Line word = Line.builder().strong(progress.word(t)).build();
            return Reply.channel().line(note == null
                    ? t.line("record.action.progressSet", String.valueOf(a.number()), a.text(), word)
                    : t.line("record.action.progressSetNote", String.valueOf(a.number()), a.text(), word, note)).build();
        });
    }

    private Reply close(Invocation in) {
        String[] parts = in.args().strip().split("\\s+", 3);
        Action a = openAction(in, parts[0]);
        mayChange(in, a, "record.action.notYoursToClose");
        ActionStatus status = parts.length < 2 ? null : java.util.stream.Stream.of(ActionStatus.NOT_POSSIBLE, ActionStatus.NOT_UNDERTAKEN)
                .filter(x -> grammarWord(x).equals(parts[1].toLowerCase(java.util.Locale.ROOT))).findFirst().orElse(null);
        if (status == null || parts.length < 3 || parts[2].isBlank()) {
            throw new UserError(in.t("record.action.howToClose", String.valueOf(a.number())), in.spec());
        }
        String reason = limited(parts[2].strip(), in);
        actions.close(a.id(), status, reason, in.asker().id());
        return in.toChannel(t -> Reply.channel().line(t.line("record.action.closed", String.valueOf(a.number()), a.text(),
                Line.builder().strong(t.t("record.action.status." + status.name())).build(), reason)).build());
    }

    /** The grammar's word for a value: {@code on-track}, {@code not-possible} (its name, lower case, with hyphens). */
    private static String grammarWord(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static String limited(String text, Invocation in) {
        if (text.length() > MAX_NOTE) {
            throw new UserError(in.t("record.action.noteTooLong", text.length(), MAX_NOTE), in.spec());
        }
        return text;
    }

    /** Only its owner, their agency, a chair or an admin may change an action; {@code refusal} says what was refused. */
    private static void mayChange(Invocation in, Action a, String refusal) {
        Member me = in.asker();
        boolean mine = a.ownerMemberId() != null && a.ownerMemberId() == me.id();
        boolean myAgency = a.ownerAgencyId() != null && a.ownerAgencyId().equals(me.agencyId());
        if (!mine && !myAgency && !me.canChair()) {
            throw new UserError(in.t(refusal, String.valueOf(a.number()), a.owner(in.texts()).plain()));
        }
    }

    private Reply assign(Invocation in) {
        String[] parts = in.args().split("\\s+", 2);
        Action a = openAction(in, parts[0]);
        String target = parts.length > 1 ? parts[1].strip() : "";
        if (target.isEmpty()) {
            throw new UserError(in.t("record.action.assignNeedsOwner"), in.spec());
        }
        Optional<UserRefs.Mention> mention = UserRefs.first(target);
        if (mention.isPresent() && mention.get().start() == 0) {
            Member m = access.member(in.partnership(), in.workspace(), mention.get());
            actions.assignToMember(a.id(), m.id());
            return in.toChannel(t -> Reply.channel().line(t.line("record.action.assigned", String.valueOf(a.number()), a.text(),
                    m.withAgency())).build());
        }
        Agency agency = agencies.findByName(in.partnershipId(), target).orElseThrow(() -> new UserError(
                in.t("record.action.notAnOwner", target), in.spec()));
        actions.assignToAgency(a.id(), agency.id());
        return in.toChannel(t -> Reply.channel().line(t.line("record.action.assigned", String.valueOf(a.number()), a.text(),
                Line.of(agency.name()))).build());
    }

    private Reply due(Invocation in) {
        String[] parts = in.args().split("\\s+", 2);
        Action a = openAction(in, parts[0]);
        if (parts.length < 2) {
            throw new UserError(in.t("record.action.dueNeedsDate"), in.spec());
        }
        LocalDate due = Dates.parse(parts[1], in.spec(), in.texts());
        actions.setDue(a.id(), due);
        return in.toChannel(t -> Reply.channel().text(t.t("record.action.dueSet", String.valueOf(a.number()), a.text(),
                due.toString())).build());
    }

    private Action openAction(Invocation in, String idText) {
        int number = Ids.parse(idText, in.t("record.action.anAction"), in.spec());
        String n = String.valueOf(number);
        Action a = actions.find(in.partnershipId(), number)
                .orElseThrow(() -> new UserError(in.t("record.action.noSuch", n)));
        if (a.status() == ActionStatus.WITHDRAWN) {
            throw new UserError(in.t("record.action.withdrawn", n));
        }
        if (a.status() == ActionStatus.DONE) {
            throw new UserError(in.t("record.action.alreadyDone", n));
        }
        if (!a.open()) {
            throw new UserError(in.t("record.action.alreadyClosed", n, a.statusText(in.texts(), today(in))));
        }
        return a;
    }

    private static LocalDate today(Invocation in) {
        return in.now().atZone(in.partnership().zone()).toLocalDate();
    }
}

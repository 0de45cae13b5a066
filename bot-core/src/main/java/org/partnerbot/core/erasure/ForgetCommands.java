package org.partnerbot.core.erasure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.partnerbot.core.audit.AuditEvent;
import org.partnerbot.core.audit.AuditLog;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.command.UserRefs;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.MembershipStatus;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/**
 * `forget @user [confirm]` (admin: the person's data in this partnership) and `forget me [confirm]` (anyone: their own,
 * in every partnership of the workspace). Without {@code confirm} it only says what would go; with it the data is
 * erased, recorded in the audit log, and cannot be brought back.
 */
public final class ForgetCommands implements CommandSet {

    private static final String CONFIRM = "confirm";

    private final Members members;
    private final Partnerships partnerships;
    private final Erasure erasure;
    private final AuditLog audit;

    public ForgetCommands(Members members, Partnerships partnerships, Erasure erasure, AuditLog audit) {
        this.members = members;
        this.partnerships = partnerships;
        this.erasure = erasure;
        this.audit = audit;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                command("forget me").optional("[confirm]").withoutPartnership().role(Role.ANYONE)
                        .does("erase your personal data in every partnership here (asks you to confirm)", this::forgetMe),
                command("forget").requires("@user [confirm]").role(Role.ADMIN)
                        .does("erase someone's personal data in this partnership (asks you to confirm)", this::forget));
    }

    private Reply forget(Invocation in) {
        UserRefs.Mention who = UserRefs.leading(in.args(), in.spec());
        boolean confirmed = confirmed(in.args().substring(who.end()), in);
        if (who.userKey().equals(in.asker().userKey())) {
            throw new UserError("To erase your own data, use `forget me`.");
        }
        Member m = members.findByUserKey(in.partnershipId(), who.userKey())
                .orElseThrow(() -> new UserError("I hold nothing about " + name(who) + " in " + in.partnership().name() + "."));
        if (!confirmed) {
            return Reply.asker().text("This erases " + m.displayName() + "'s personal data in " + in.partnership().name()
                    + ": their name, platform id, agency, roles, duties, pairing history and kudos given and received.")
                    .note(WHAT_STAYS)
                    .note(Line.builder().text("It cannot be undone. To go ahead: ").code("forget @" + name(who) + " " + CONFIRM)
                            .build())
                    .build();
        }
        int n = erase(m, in.workspace(), in.asker(), null);
        if (members.ofPerson(in.workspace(), who.userKey()).isEmpty()) {
            erasure.forgetPerson(in.workspace(), who.userKey());
        }
        return Reply.asker().text("Erased. In " + in.partnership().name() + " they are now \"former member " + n + "\"; "
                + "the audit log records that you did this.").build();
    }

    private Reply forgetMe(Invocation in) {
        boolean confirmed = confirmed(in.args(), in);
        String me = in.speaker().userKey();
        List<Member> mine = members.ofPerson(in.workspace(), me);
        if (mine.isEmpty()) {
            return Reply.toAsker("I hold no partnership data about you here.");
        }
        for (Member m : mine) {
            if (m.admin() && m.active() && members.list(m.partnershipId()).stream().filter(Member::admin).count() == 1) {
                String name = partnerships.findById(in.workspace(), m.partnershipId()).map(p -> p.name()).orElse("a partnership");
                throw new UserError("You are the only admin of " + name + ": make someone else an admin first (`admin add @user`).");
            }
        }
        if (!confirmed) {
            return Reply.asker().text("This erases your personal data in " + mine.size() + (mine.size() == 1 ? " partnership"
                    : " partnerships") + ": your name, platform id, agency, roles, duties, pairing history and kudos given"
                    + " and received.")
                    .note(WHAT_STAYS)
                    .note(Line.builder().text("It cannot be undone. `my data` gives you a copy first. To go ahead: ")
                            .code("forget me " + CONFIRM).build())
                    .build();
        }
        mine.forEach(m -> erase(m, in.workspace(), null, "at their own request"));
        erasure.forgetPerson(in.workspace(), me);
        return Reply.toAsker("Erased. I no longer hold your name or platform id; the minutes and actions you were part of"
                + " name you as \"former member\" with a number.");
    }

    private static final String WHAT_STAYS = "Minutes, actions, reports and the audit log keep their shape: they will name"
            + " this person \"former member\" with a number. What others typed about them stays as they typed it, except"
            + " mentions, which read as the pseudonym.";

    private int erase(Member m, String workspace, Member actor, String detail) {
        partnerships.lock(m.partnershipId());
        int n = partnerships.nextPseudonym(m.partnershipId());
        erasure.pseudonymise(m, workspace, n);
        Member forgotten = members.findById(m.id()).orElseThrow();
        if (forgotten.status() != MembershipStatus.FORGOTTEN) {
            throw new IllegalStateException("erasure did not complete");
        }
        audit.record(m.partnershipId(), actor, forgotten, AuditEvent.ERASED, detail);
        return n;
    }

    private static boolean confirmed(String rest, Invocation in) {
        String word = rest.strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty() && !word.equals(CONFIRM)) {
            throw new UserError("Add `" + CONFIRM + "` to go ahead, or nothing to see what would be erased.", in.spec());
        }
        return word.equals(CONFIRM);
    }

    private static String name(UserRefs.Mention who) {
        return Optional.ofNullable(who.displayName()).orElse(who.userKey());
    }
}

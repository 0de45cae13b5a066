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
            throw new UserError(in.t("forget.self"));
        }
        Member m = members.findByUserKey(in.partnershipId(), who.userKey())
                .orElseThrow(() -> new UserError(in.t("forget.nothingAbout", name(who), in.partnership().name())));
        if (!confirmed) {
            return Reply.asker().text(in.t("forget.ask", m.displayName(), in.partnership().name()))
                    .note(in.t("forget.whatStays"))
                    .note(in.texts().line("forget.confirmSomeone", Line.builder().code("forget @" + name(who) + " " + CONFIRM)
                            .build()))
                    .build();
        }
        int n = erase(m, in.workspace(), in.asker(), null);
        if (members.ofPerson(in.workspace(), who.userKey()).isEmpty()) {
            erasure.forgetPerson(in.workspace(), who.userKey());
        }
        return Reply.asker().text(in.t("forget.done", in.partnership().name(), String.valueOf(n))).build();
    }

    private Reply forgetMe(Invocation in) {
        boolean confirmed = confirmed(in.args(), in);
        String me = in.speaker().userKey();
        // A guest (through their own workspace, or in the host's channel) is also a person of each host workspace.
        List<String> workspaces = members.workspacesReachedFrom(in.workspace(), in.speaker().organisation(), me);
        List<Held> mine = workspaces.stream().flatMap(w -> members.ofPerson(w, me).stream().map(m -> new Held(w, m))).toList();
        if (mine.isEmpty()) {
            return Reply.toAsker(in.t("forget.me.nothing"));
        }
        for (Held held : mine) {
            Member m = held.member();
            if (m.admin() && m.active() && members.list(m.partnershipId()).stream().filter(Member::admin).count() == 1) {
                String name = partnerships.findById(held.workspace(), m.partnershipId()).map(p -> p.name())
                        .orElseGet(() -> in.t("forget.me.aPartnership"));
                throw new UserError(in.t("access.leave.onlyAdmin", name));
            }
        }
        if (!confirmed) {
            return Reply.asker().text(in.t("forget.me.ask", mine.size()))
                    .note(in.t("forget.whatStays"))
                    .note(in.texts().line("forget.me.confirm", Line.builder().code("forget me " + CONFIRM).build()))
                    .build();
        }
        mine.forEach(held -> erase(held.member(), held.workspace(), null, "audit.detail.ownRequest"));
        workspaces.forEach(w -> erasure.forgetPerson(w, me));
        return Reply.toAsker(in.t("forget.me.done"));
    }

    /** A membership and the workspace whose person holds it. */
    private record Held(String workspace, Member member) {
    }

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
            throw new UserError(in.t("forget.badWord", CONFIRM), in.spec());
        }
        return word.equals(CONFIRM);
    }

    private static String name(UserRefs.Mention who) {
        return Optional.ofNullable(who.displayName()).orElse(who.userKey());
    }
}

package org.partnerbot.core.access;

import java.util.List;
import java.util.Locale;
import org.partnerbot.core.audit.AuditEvent;
import org.partnerbot.core.audit.AuditLog;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.command.UserRefs;
import org.partnerbot.core.duties.Duty;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.MembershipStatus;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/**
 * Ending and granting membership explicitly: {@code member remove} (admin), {@code leave} and {@code join} (self),
 * closed partnerships ({@code access closed|open}, admin) and {@code member approve} (admin).
 */
public final class AccessCommands implements CommandSet {

    private final Access access;
    private final Members members;
    private final AuditLog audit;

    public AccessCommands(Access access, Members members, AuditLog audit) {
        this.access = access;
        this.members = members;
        this.audit = audit;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                command("member remove").requires("@user").role(Role.ADMIN)
                        .does("end someone's membership; they see nothing more of the partnership", this::remove),
                command("member approve").requires("@user").role(Role.ADMIN)
                        .does("let a new channel member of a closed partnership in", this::approve),
                command("leave").role(Role.ANYONE).does("stop being a member of this partnership", this::leave),
                command("join").role(Role.ANYONE).does("be a member again after `leave` (in the partnership's channel)", this::join),
                command("access").optional("[closed|open]").role(Role.ADMIN)
                        .does("closed: an admin approves each new channel member; open: everyone in the channel is a member",
                                this::access));
    }

    private Reply remove(Invocation in) {
        UserRefs.Mention who = onlyMention(in);
        if (who.userKey().equals(in.asker().userKey())) {
            throw new UserError(in.t("access.remove.self"));
        }
        Member m = access.find(in.partnership(), who.userKey())
                .filter(x -> x.status().standing())
                .orElseThrow(() -> new UserError(in.t("access.remove.notMember", name(who), in.partnership().name())));
        List<Duty> released = access.end(m, MembershipStatus.REMOVED);
        audit.record(in.partnershipId(), in.asker(), m, AuditEvent.MEMBER_REMOVED, null);
        return in.toChannel(t -> {
            Reply.Builder b = Reply.channel().line(t.line("access.remove.done", m.mention(), in.partnership().name()));
            released(t, released, b);
            return b.note(t.t("access.remove.stillInChannel")).build();
        });
    }

    private Reply approve(Invocation in) {
        UserRefs.Mention who = onlyMention(in);
        Member m = access.find(in.partnership(), who.userKey()).orElseThrow(() -> notWaiting(in, who));
        if (m.active()) {
            throw new UserError(in.t("access.approve.already", m.displayName()));
        }
        if (m.status() != MembershipStatus.PENDING) {
            throw notWaiting(in, who);
        }
        Member approved = access.approve(m);
        audit.record(in.partnershipId(), in.asker(), approved, AuditEvent.MEMBER_APPROVED, null);
        return in.toChannel(t -> Reply.channel().line(t.line("access.approve.done", approved.mention(),
                in.partnership().name())).build());
    }

    private static UserError notWaiting(Invocation in, UserRefs.Mention who) {
        return new UserError(in.t("access.approve.notWaiting", name(who)));
    }

    private Reply leave(Invocation in) {
        Member me = in.asker();
        if (me == null || !me.status().standing()) {
            throw new UserError(in.t("access.leave.notMember", in.partnership().name()));
        }
        if (me.admin() && members.list(in.partnershipId()).stream().filter(Member::admin).count() == 1) {
            throw new UserError(in.t("access.leave.onlyAdmin", in.partnership().name()));
        }
        List<Duty> released = access.end(me, MembershipStatus.LEFT);
        audit.record(in.partnershipId(), me, null, AuditEvent.MEMBER_LEFT, "leave");
        return in.toChannel(t -> {
            Reply.Builder b = Reply.channel().line(t.line("access.leave.done", me.mention(), in.partnership().name()));
            released(t, released, b);
            return b.note(t.t("access.leave.changedMind")).build();
        });
    }

    private Reply join(Invocation in) {
        Partnership p = in.partnership();
        Member me = in.asker();
        if (in.outsideChannel()) {
            throw new UserError(in.t("access.join.inChannel", p.name()));
        }
        if (me != null && me.active()) {
            throw new UserError(in.t("access.join.already", p.name()));
        }
        if (me == null || me.status() != MembershipStatus.LEFT) {
            throw new UserError(me != null && me.status() == MembershipStatus.PENDING
                    ? in.t("access.join.waiting", me.displayName()) : in.t("access.join.onlyAdmin"));
        }
        Member back = access.rejoin(p, me);
        return in.toChannel(t -> Reply.channel().line(t.line(back.active() ? "access.join.back" : "access.join.asked",
                back.mention(), p.name())).build());
    }

    private Reply access(Invocation in) {
        Partnership p = in.partnership();
        String word = in.args().strip().toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return Reply.toAsker(p.closed() ? in.t("access.show.closed", p.name(), members.pending(p.id()).size())
                    : in.t("access.show.open", p.name()));
        }
        if (!word.equals(CLOSED) && !word.equals(OPEN)) {
            throw new UserError(in.t("access.badWord"), in.spec());
        }
        boolean closed = word.equals(CLOSED);
        if (closed == p.closed()) {
            throw new UserError(in.t(closed ? "access.already.closed" : "access.already.open", p.name()));
        }
        int letIn = access.setClosed(p, closed);
        audit.record(in.partnershipId(), in.asker(), null, AuditEvent.ACCESS_CHANGED, word);
        if (closed) {
            int kept = members.list(p.id()).size();
            return in.toChannel(t -> Reply.channel().text(t.t("access.now.closed", p.name(), kept)).build());
        }
        return in.toChannel(t -> Reply.channel().text(t.t("access.now.open", p.name(), letIn)).build());
    }

    /** The words of {@code access closed|open}: the grammar's, the same in every language. */
    private static final String CLOSED = "closed";
    private static final String OPEN = "open";

    private static void released(org.partnerbot.core.i18n.Texts t, List<Duty> released, Reply.Builder b) {
        if (!released.isEmpty()) {
            b.note(t.t("access.released", String.join(", ", released.stream().map(Duty::name).toList()), released.size()));
        }
    }

    private static UserRefs.Mention onlyMention(Invocation in) {
        return UserRefs.only(in.args(), in.spec());
    }

    private static String name(UserRefs.Mention who) {
        return who.displayName() == null ? who.userKey() : who.displayName();
    }
}

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
import org.partnerbot.core.reply.Words;

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
            throw new UserError("To end your own membership, use `leave`.");
        }
        Member m = access.find(in.partnership(), who.userKey())
                .filter(x -> x.status().standing())
                .orElseThrow(() -> new UserError(name(who) + " is not a member of " + in.partnership().name() + "."));
        List<Duty> released = access.end(m, MembershipStatus.REMOVED);
        audit.record(in.partnershipId(), in.asker(), m, AuditEvent.MEMBER_REMOVED, null);
        Reply.Builder b = Reply.channel().line(Line.builder().person(m.userKey(), m.displayName())
                .text(" is no longer a member of " + in.partnership().name() + ": I show them nothing more of it.").build());
        released(released, b);
        return b.note("If they are still in the channel, remove them from it too: what is said there stays visible to them.")
                .build();
    }

    private Reply approve(Invocation in) {
        UserRefs.Mention who = onlyMention(in);
        Member m = access.find(in.partnership(), who.userKey()).orElseThrow(() -> notWaiting(in, who));
        if (m.active()) {
            throw new UserError(m.displayName() + " is already a member.");
        }
        if (m.status() != MembershipStatus.PENDING) {
            throw notWaiting(in, who);
        }
        Member approved = access.approve(m);
        audit.record(in.partnershipId(), in.asker(), approved, AuditEvent.MEMBER_APPROVED, null);
        return Reply.channel().line(Line.builder().person(approved.userKey(), approved.displayName())
                .text(" is now a member of " + in.partnership().name() + ".").build()).build();
    }

    private static UserError notWaiting(Invocation in, UserRefs.Mention who) {
        return new UserError(name(who) + " is not waiting for approval. An admin adds someone with `member add @"
                + name(who) + " <agency>`.");
    }

    private Reply leave(Invocation in) {
        Member me = in.asker();
        if (me == null || !me.status().standing()) {
            throw new UserError("You are not a member of " + in.partnership().name() + ".");
        }
        if (me.admin() && members.list(in.partnershipId()).stream().filter(Member::admin).count() == 1) {
            throw new UserError("You are the only admin of " + in.partnership().name()
                    + ": make someone else an admin first (`admin add @user`).");
        }
        List<Duty> released = access.end(me, MembershipStatus.LEFT);
        audit.record(in.partnershipId(), me, null, AuditEvent.MEMBER_LEFT, "leave");
        Reply.Builder b = Reply.channel().line(Line.builder().person(me.userKey(), me.displayName())
                .text(" left " + in.partnership().name() + ".").build());
        released(released, b);
        return b.note(Line.builder().text("Changed your mind? ").code("join").text(" in the channel.").build()).build();
    }

    private Reply join(Invocation in) {
        Partnership p = in.partnership();
        Member me = in.asker();
        if (in.outsideChannel()) {
            throw new UserError("Type `join` in " + p.name() + "'s channel.");
        }
        if (me != null && me.active()) {
            throw new UserError("You are already a member of " + p.name() + ".");
        }
        if (me == null || me.status() != MembershipStatus.LEFT) {
            throw new UserError(me != null && me.status() == MembershipStatus.PENDING
                    ? "You are waiting for an admin's approval (`member approve @" + me.displayName() + "`)."
                    : "Only an admin can add you again (`member add @you`).");
        }
        Member back = access.rejoin(p, me);
        return Reply.channel().line(Line.builder().person(back.userKey(), back.displayName())
                .text(back.active() ? " is a member of " + p.name() + " again." : " asked to join " + p.name()
                        + " again; an admin approves them with `member approve`.").build()).build();
    }

    private Reply access(Invocation in) {
        Partnership p = in.partnership();
        String word = in.args().strip().toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return Reply.toAsker(p.closed()
                    ? p.name() + " is closed: an admin approves each new channel member (`member approve @user`)."
                    + " Waiting now: " + members.pending(p.id()).size() + "."
                    : p.name() + " is open: everyone in its channel is a member. `access closed` makes admins approve newcomers.");
        }
        if (!word.equals("closed") && !word.equals("open")) {
            throw new UserError("Say `access closed` or `access open`.", in.spec());
        }
        boolean closed = word.equals("closed");
        if (closed == p.closed()) {
            throw new UserError(p.name() + " is already " + word + ".");
        }
        int letIn = access.setClosed(p, closed);
        audit.record(in.partnershipId(), in.asker(), null, AuditEvent.ACCESS_CHANGED, word);
        if (closed) {
            return Reply.channel().text(p.name() + " is now closed: its " + Words.count(members.list(p.id()).size(),
                    "member keeps", "members keep") + " access, and each new channel member waits for an admin's"
                    + " `member approve @user` before seeing anything.").build();
        }
        return Reply.channel().text(p.name() + " is now open: everyone in its channel is a member"
                + (letIn > 0 ? " (" + Words.count(letIn, "person", "people") + " who waited are members now)" : "") + ".")
                .build();
    }

    private static void released(List<Duty> released, Reply.Builder b) {
        if (!released.isEmpty()) {
            b.note(String.join(", ", released.stream().map(Duty::name).toList())
                    + (released.size() == 1 ? " is" : " are") + " now UNASSIGNED: see `duties`.");
        }
    }

    private static UserRefs.Mention onlyMention(Invocation in) {
        return UserRefs.only(in.args(), in.spec());
    }

    private static String name(UserRefs.Mention who) {
        return who.displayName() == null ? who.userKey() : who.displayName();
    }
}

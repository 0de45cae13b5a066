package org.partnerbot.core.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.command.UserRefs;
import org.partnerbot.core.duties.Duties;
import org.partnerbot.core.duties.Duty;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Agency;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.MembershipSource;
import org.partnerbot.core.partnership.MembershipStatus;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Partnerships;

/**
 * The one place that answers "is this person a member of this partnership now, and may they see it?". A partnership's
 * members are the people in its channel as the platform says, plus those an admin added; nothing else enrols anyone.
 * Speaking, pressing or joining in the channel is the platform showing the person there ({@link #present}); everything
 * read outside the channel (a direct message, App Home, a card or button bound to the partnership, a file, the
 * dashboard) asks {@link #outside}, which also checks with the platform that a channel member is still in the channel;
 * naming someone (an owner, kudos, a role) asks {@link #named}. Call inside the command's transaction.
 */
public final class Access {

    private final Members members;
    private final Partnerships partnerships;
    private final Duties duties;
    private final ChannelRoster roster;
    private final Agencies agencies;


    /** @param agencies where a guest's organisation has no name from the platform, the agency linked to it names it */
    public Access(Members members, Partnerships partnerships, Duties duties, ChannelRoster roster, Agencies agencies) {
        this.agencies = agencies;
        this.members = members;
        this.partnerships = partnerships;
        this.duties = duties;
        this.roster = roster;
    }

    /**
     * The platform shows this person in the partnership's channel (they spoke, pressed a button or joined there). Their
     * name and zone are refreshed from the platform; they become a member (waiting for approval when the partnership is
     * closed) unless they left with {@code leave} or an admin removed them.
     */
    public Standing present(Partnership p, String workspace, Speaker speaker) {
        String orgName = speaker.guestIn(workspace) && speaker.organisationName() == null
                ? agencies.linkedTo(p.id(), speaker.organisation()).map(Agency::name).orElse(null) : null;
        long person = members.person(workspace, speaker.userKey(), speaker.nameIn(workspace, orgName), speaker.zone(),
                speaker.organisation());
        return new Standing(enter(p, person, members.findByUserKey(p.id(), speaker.userKey())));
    }

    private Member enter(Partnership p, long person, Optional<Member> existing) {
        if (existing.isPresent() && !existing.get().status().returnsByPresence()) {
            return existing.get();
        }
        MembershipStatus status = p.closed() ? MembershipStatus.PENDING : MembershipStatus.ACTIVE;
        MembershipSource source = existing.map(Member::source).orElse(MembershipSource.CHANNEL);
        return members.join(p.id(), person, status, source);
    }

    /**
     * Someone reading outside the channel. A member through the channel is checked with the platform: found gone, their
     * membership ends now (and their duties are released). When the platform keeps a roster but cannot answer now, the
     * read is refused ({@link Standing#unchecked()}): access fails closed. Only where there is no roster to ask (the
     * console) does what is stored stand.
     */
    public Standing outside(Partnership p, String userKey) {
        Optional<Member> m = members.findByUserKey(p.id(), userKey);
        if (m.isEmpty() || !m.get().active() || m.get().source() == MembershipSource.ADMIN) {
            return new Standing(m.orElse(null));
        }
        Presence presence = roster.presence(p, userKey);
        if (presence == Presence.ABSENT) {
            end(m.get(), MembershipStatus.LEFT_CHANNEL);
            return new Standing(members.findById(m.get().id()).orElseThrow());
        }
        return presence == Presence.UNAVAILABLE ? Standing.unchecked(m.get()) : new Standing(m.get());
    }

    /** The one line for a read refused because the platform could not confirm the person's membership now. */
    public static UserError cannotCheck() {
        return UserError.keyed(null, "access.cannotCheck");
    }

    /**
     * A person named in a command (an action's owner, kudos, a role): their membership when they are an active member,
     * or when the platform shows them in the channel (then they become one, as if they had spoken). Empty otherwise:
     * naming someone never makes them a member. {@code nameIfNew} (the platform's name in the mention) names a person
     * the bot has never seen; it never renames anyone.
     */
    public Optional<Member> named(Partnership p, String workspace, String userKey, String nameIfNew) {
        Optional<Member> m = members.findByUserKey(p.id(), userKey);
        if (m.isPresent() && m.get().active()) {
            return m;
        }
        boolean mayReturn = m.isEmpty() || m.get().status().returnsByPresence();
        if (!mayReturn || p.closed() || roster.presence(p, userKey) != Presence.PRESENT) {
            return Optional.empty();
        }
        long person = members.personNamed(workspace, userKey, nameIfNew);
        return Optional.of(enter(p, person, m));
    }

    /** As {@link #named}, refused in one line that says how to add them. */
    public Member member(Partnership p, String workspace, UserRefs.Mention who) {
        return named(p, workspace, who.userKey(), who.displayName()).orElseThrow(() -> notAMember(p, who));
    }

    /** The one line for a person named who is not a member, saying how to add them. */
    public static UserError notAMember(Partnership p, UserRefs.Mention who) {
        String name = who.displayName() == null ? who.userKey() : who.displayName();
        return UserError.keyed(null, "access.notAMember", name, p.name());
    }

    /** The membership of a person named in a command, in whatever state (for admins acting on it). */
    public Optional<Member> find(Partnership p, String userKey) {
        return members.findByUserKey(p.id(), userKey);
    }

    /**
     * An admin adds someone: an active member now (an admin's word approves them), through the channel when the
     * platform shows them there, else as an admin-added member who stays one without the channel.
     */
    public Member add(Partnership p, String workspace, String userKey, String nameIfNew) {
        Optional<Member> m = members.findByUserKey(p.id(), userKey);
        if (m.isPresent() && m.get().active()) {
            return m.get();
        }
        long person = members.personNamed(workspace, userKey, nameIfNew);
        MembershipSource source = roster.presence(p, userKey) == Presence.PRESENT ? MembershipSource.CHANNEL
                : MembershipSource.ADMIN;
        return members.join(p.id(), person, MembershipStatus.ACTIVE, source);
    }

    /** A waiting member of a closed partnership becomes an active one. */
    public Member approve(Member pending) {
        members.setStatus(pending.id(), MembershipStatus.ACTIVE);
        return members.findById(pending.id()).orElseThrow();
    }

    /**
     * The platform says the person left the channel: a membership through the channel ends now; one an admin added
     * stands. Returns whether a membership ended.
     */
    public boolean left(Partnership p, String userKey) {
        Optional<Member> m = members.findByUserKey(p.id(), userKey);
        if (m.isEmpty() || !m.get().status().standing() || m.get().source() == MembershipSource.ADMIN) {
            return false;
        }
        end(m.get(), MembershipStatus.LEFT_CHANNEL);
        return true;
    }

    /**
     * Ends a membership ({@code leave}, {@code member remove}, leaving the channel): roles go and duties are released (the
     * register shows them UNASSIGNED); lines said and actions stay under the person's name.
     *
     * @return the duties that were released
     */
    public List<Duty> end(Member m, MembershipStatus how) {
        List<Duty> released = new ArrayList<>();
        for (Duty d : duties.list(m.partnershipId())) {
            if (d.owners().stream().anyMatch(o -> o.id() == m.id())) {
                duties.release(d.id(), m.id());
                released.add(d);
            }
        }
        members.setChair(m.id(), false);
        members.setAdmin(m.id(), false);
        members.setStatus(m.id(), how);
        return released;
    }

    /** Comes back after {@code leave}: a member again, waiting for approval when the partnership is closed. */
    public Member rejoin(Partnership p, Member left) {
        members.setStatus(left.id(), p.closed() ? MembershipStatus.PENDING : MembershipStatus.ACTIVE);
        return members.findById(left.id()).orElseThrow();
    }

    /**
     * The partnerships whose content this person may see outside their channels now (a direct message, App Home):
     * each checked as {@link #outside} does.
     */
    public List<Partnership> visibleTo(String workspace, String userKey) {
        return seenFrom(workspace, userKey).visible();
    }

    /**
     * What {@link #visibleTo} finds, and whether some membership could not be checked now (so an empty list may not
     * mean "none").
     */
    public Seen seenFrom(String workspace, String userKey) {
        List<Partnership> visible = new ArrayList<>();
        boolean unchecked = false;
        for (Partnership p : partnerships.forUser(workspace, userKey)) {
            Standing s = outside(p, userKey);
            unchecked |= s.unchecked();
            if (s.active()) {
                visible.add(p);
            }
        }
        return new Seen(List.copyOf(visible), unchecked);
    }

    /** The partnerships a person may see from outside now; {@code someUnchecked}: the platform could not say for some. */
    public record Seen(List<Partnership> visible, boolean someUnchecked) {
    }

    /** Whether a message meant for this person may still go to them (a welcome also to someone waiting for approval). */
    public boolean mayReceive(Partnership p, String userKey, boolean evenIfWaiting) {
        Optional<Member> m = members.findByUserKey(p.id(), userKey);
        return m.isPresent() && (m.get().active() || evenIfWaiting && m.get().status() == MembershipStatus.PENDING);
    }

    /** Whether anyone in the workspace could join this conversation by themselves. */
    public Visibility visibility(String workspace, String conversationKey) {
        return roster.visibility(workspace, conversationKey);
    }

    /** Closes or opens the partnership; opening it lets everyone waiting in. Returns how many were let in. */
    public int setClosed(Partnership p, boolean closed) {
        partnerships.setClosed(p.id(), closed);
        if (closed) {
            return 0;
        }
        List<Member> waiting = members.pending(p.id());
        waiting.forEach(m -> members.setStatus(m.id(), MembershipStatus.ACTIVE));
        return waiting.size();
    }
}

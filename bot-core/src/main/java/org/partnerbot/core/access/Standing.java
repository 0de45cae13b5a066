package org.partnerbot.core.access;

import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.MembershipStatus;

/**
 * Where one person stands in one partnership now.
 *
 * @param member    their membership row, or null when they never had one
 * @param unchecked the platform could not say whether they are still in the channel (see {@link Presence#UNAVAILABLE})
 */
public record Standing(Member member, boolean unchecked) {

    public static final Standing NONE = new Standing(null);

    public Standing(Member member) {
        this(member, false);
    }

    /** A channel member whose presence the platform could not confirm now: they see nothing until it can. */
    public static Standing unchecked(Member member) {
        return new Standing(member, true);
    }

    /** Whether they may see the partnership's content: an active member. */
    public boolean active() {
        return !unchecked && member != null && member.active();
    }

    /** The membership's state, or null when there is none. */
    public MembershipStatus status() {
        return member == null ? null : member.status();
    }
}

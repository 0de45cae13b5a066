package org.partnerbot.core.access;

import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.MembershipStatus;

/**
 * Where one person stands in one partnership now.
 *
 * @param member their membership row, or null when they never had one
 */
public record Standing(Member member) {

    public static final Standing NONE = new Standing(null);

    /** Whether they may see the partnership's content: an active member. */
    public boolean active() {
        return member != null && member.active();
    }

    /** The membership's state, or null when there is none. */
    public MembershipStatus status() {
        return member == null ? null : member.status();
    }
}

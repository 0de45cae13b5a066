package org.partnerbot.core.partnership;

/**
 * Where a person stands in one partnership. Only {@link #ACTIVE} members see anything of it; the other states keep the
 * membership row so the minutes still name who said and did what.
 */
public enum MembershipStatus {
    /** A member: in the channel as the platform says, or added by an admin (and approved, when the partnership is closed). */
    ACTIVE,
    /** In a closed partnership's channel, waiting for an admin's {@code member approve}; sees nothing yet. */
    PENDING,
    /** The platform said they left the channel (or a check found them gone); coming back makes them a member again. */
    LEFT_CHANNEL,
    /** They ran {@code leave}; {@code join} in the channel (or an admin) brings them back. */
    LEFT,
    /** An admin ran {@code member remove}; only an admin brings them back, even while they are still in the channel. */
    REMOVED,
    /** Erased with {@code forget}: the row no longer points at any person and is shown as "former member N". */
    FORGOTTEN;

    /** Whether the platform showing this person in the channel again makes them a member again. */
    public boolean returnsByPresence() {
        return this == LEFT_CHANNEL;
    }

    /** Whether the membership still stands (an active member, or one waiting for approval). */
    public boolean standing() {
        return this == ACTIVE || this == PENDING;
    }
}

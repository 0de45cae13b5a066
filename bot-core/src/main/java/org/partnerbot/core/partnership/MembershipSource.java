package org.partnerbot.core.partnership;

/** Why someone is a member: the platform shows them in the channel, or an admin added them (with or without the channel). */
public enum MembershipSource {
    /** Ends when they leave the channel. */
    CHANNEL,
    /** Lasts until {@code member remove} or {@code leave}, whether or not they are in the channel. */
    ADMIN
}

package org.partnerbot.core.partnership;

/**
 * Who may run a command. Admins may do everything chairs may; chairs everything members may. Only an active member
 * has a role; {@link #ANYONE} commands (help, leave, join, my data, forget me) are for whoever asks.
 */
public enum Role {
    MEMBER("anyone in the partnership"),
    CHAIR("chairs and admins"),
    ADMIN("admins"),
    ANYONE("anyone");

    private final String who;

    Role(String who) {
        this.who = who;
    }

    public String who() {
        return who;
    }

    /** The bundle key of {@link #who()}, for a reader of another language. */
    public String whoKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT) + ".who";
    }

    /** @param member the asker's membership in whatever state, or null when they have none */
    public boolean allows(Member member) {
        if (this == ANYONE) {
            return true;
        }
        if (member == null || !member.active()) {
            return false;
        }
        return switch (this) {
            case MEMBER, ANYONE -> true;
            case CHAIR -> member.canChair();
            case ADMIN -> member.admin();
        };
    }
}

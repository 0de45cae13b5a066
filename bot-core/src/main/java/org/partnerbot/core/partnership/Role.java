package org.partnerbot.core.partnership;

/** Who may run a command. Admins may do everything chairs may; chairs everything members may. */
public enum Role {
    MEMBER("anyone in the partnership"),
    CHAIR("chairs and admins"),
    ADMIN("admins");

    private final String who;

    Role(String who) {
        this.who = who;
    }

    public String who() {
        return who;
    }

    public boolean allows(Member member) {
        return switch (this) {
            case MEMBER -> true;
            case CHAIR -> member.canChair();
            case ADMIN -> member.admin();
        };
    }
}

package org.partnerbot.core.access;

/** Who can join a conversation by themselves, as the platform says. */
public enum Visibility {
    /** Anyone in the workspace can find it and join (a public Slack channel). */
    WHOLE_WORKSPACE,
    /** Only people invited or added (a private channel, a group chat). */
    INVITED,
    UNKNOWN
}

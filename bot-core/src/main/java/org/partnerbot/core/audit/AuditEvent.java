package org.partnerbot.core.audit;

/** What the audit log records. Names are stored: add, never rename. */
public enum AuditEvent {
    MINUTES_VIEWED("viewed minutes outside the channel"),
    MINUTES_EXPORTED("exported minutes as a file"),
    ROLE_CHANGED("changed a role"),
    MEMBER_ADDED("added a member"),
    MEMBER_APPROVED("approved a member"),
    MEMBER_REMOVED("removed a member"),
    MEMBER_LEFT("left the partnership"),
    ACCESS_CHANGED("changed who may join"),
    RETENTION_CHANGED("changed the retention policy"),
    RETENTION_APPLIED("deleted records past the retention period"),
    DATA_EXPORTED("exported their own data"),
    ERASED("erased a person's data"),
    EVIDENCE_PACK_PRODUCED("produced an evidence pack on the dashboard");

    private final String words;

    AuditEvent(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}

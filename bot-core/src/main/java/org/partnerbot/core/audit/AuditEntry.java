package org.partnerbot.core.audit;

import java.time.Instant;

/**
 * One audit entry as read: who did it and to whom, named as the members are now (a forgotten person by their
 * pseudonym), or null when nobody (the retention sweep) or nobody else.
 */
public record AuditEntry(long id, Instant at, String actorKey, String actorName, String subjectKey, String subjectName,
                         AuditEvent event, String detail) {
}

package org.partnerbot.core.audit;

import java.util.List;
import org.partnerbot.core.partnership.Member;

/**
 * Port: the partnership's audit log, written in the transaction of what it records. {@code detail} says what, never
 * who: people are the actor and subject memberships.
 */
public interface AuditLog {

    void record(long partnershipId, Member actor, Member subject, AuditEvent event, String detail);

    /** The latest {@code limit} entries, newest first. */
    List<AuditEntry> latest(long partnershipId, int limit);
}

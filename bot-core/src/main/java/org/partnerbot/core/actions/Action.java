package org.partnerbot.core.actions;

import java.time.Instant;
import java.time.LocalDate;
import org.partnerbot.core.reply.Line;

/**
 * Something someone must do. Owned by a member, by an agency, or by nobody (UNASSIGNED).
 * The owner's agency name is kept for display ("dan (Police Public Protection)").
 */
public record Action(long id, long partnershipId, int number, String text, Long ownerMemberId, String ownerKey,
                     String ownerName, String ownerMemberAgency, Long ownerAgencyId, String ownerAgencyName,
                     LocalDate due, ActionStatus status, Long meetingId, Instant createdAt, Instant doneAt) {

    public boolean unassigned() {
        return ownerMemberId == null && ownerAgencyId == null;
    }

    public boolean open() {
        return status == ActionStatus.OPEN;
    }

    public boolean overdue(LocalDate today) {
        return open() && due != null && due.isBefore(today);
    }

    /** "dan (Police Public Protection)", "Police Public Protection (agency)" or "UNASSIGNED". */
    public Line owner() {
        if (ownerMemberId != null) {
            Line.Builder b = Line.builder().person(ownerKey, ownerName);
            return (ownerMemberAgency == null ? b : b.text(" (" + ownerMemberAgency + ")")).build();
        }
        if (ownerAgencyId != null) {
            return Line.of(ownerAgencyName + " (agency)");
        }
        return Line.of("UNASSIGNED");
    }

    /** The owner as a grouping key for lists. */
    public String ownerKeyForGrouping() {
        if (ownerMemberId != null) {
            return "m" + ownerMemberId;
        }
        return ownerAgencyId != null ? "a" + ownerAgencyId : "";
    }
}

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
                     LocalDate due, ActionStatus status, Long meetingId, Instant createdAt, Instant doneAt,
                     Progress progress, String note) {

    /** How an open action is going, as the owner or a chair last said ({@code action status}). */
    public enum Progress {
        ON_TRACK("on track"),
        AT_RISK("AT RISK"),
        BLOCKED("BLOCKED");

        private final String word;

        Progress(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public Action(long id, long partnershipId, int number, String text, Long ownerMemberId, String ownerKey,
                  String ownerName, String ownerMemberAgency, Long ownerAgencyId, String ownerAgencyName,
                  LocalDate due, ActionStatus status, Long meetingId, Instant createdAt, Instant doneAt) {
        this(id, partnershipId, number, text, ownerMemberId, ownerKey, ownerName, ownerMemberAgency, ownerAgencyId,
                ownerAgencyName, due, status, meetingId, createdAt, doneAt, null, null);
    }

    /** The agency that owns it: the owning agency, or the owner's agency; null when neither. */
    public String owningAgency() {
        return ownerAgencyId != null ? ownerAgencyName : ownerMemberAgency;
    }

    /** Its status in the log's words: "on track", "AT RISK: no venue", "OVERDUE", "done", "not possible: …". */
    public String statusText(LocalDate today) {
        String base = switch (status) {
            case OPEN -> overdue(today) ? "OVERDUE" + (progress == null ? "" : ", " + progress.word())
                    : progress == null ? "open" : progress.word();
            case DONE -> "done";
            case NOT_POSSIBLE -> "not possible";
            case NOT_UNDERTAKEN -> "not undertaken";
            case WITHDRAWN -> "withdrawn";
        };
        return note == null || note.isBlank() ? base : base + ": " + note;
    }

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

package org.partnerbot.core.actions;

import java.time.Instant;
import java.time.LocalDate;
import org.partnerbot.core.i18n.Texts;
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
        ON_TRACK,
        AT_RISK,
        BLOCKED;

        public String word(Texts t) {
            return t.t("record.action.progress." + name());
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
    public String statusText(Texts t, LocalDate today) {
        String base = switch (status) {
            case OPEN -> overdue(today) ? (progress == null ? t.t("record.action.status.OVERDUE")
                    : t.t("record.action.status.overdueAnd", progress.word(t)))
                    : progress == null ? t.t("record.action.status.OPEN") : progress.word(t);
            default -> t.t("record.action.status." + status.name());
        };
        return note == null || note.isBlank() ? base : t.t("record.action.status.withNote", base, note);
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
    public Line owner(Texts t) {
        if (ownerMemberId != null) {
            Line.Builder b = Line.builder().person(ownerKey, ownerName);
            return (ownerMemberAgency == null ? b : b.text(t.t("record.action.ownerAgencyOfPerson", ownerMemberAgency)))
                    .build();
        }
        if (ownerAgencyId != null) {
            return Line.of(t.t("record.action.ownerAgency", ownerAgencyName));
        }
        return Line.of(t.t("record.action.unassigned"));
    }

    /** The owner as a grouping key for lists. */
    public String ownerKeyForGrouping() {
        if (ownerMemberId != null) {
            return "m" + ownerMemberId;
        }
        return ownerAgencyId != null ? "a" + ownerAgencyId : "";
    }
}

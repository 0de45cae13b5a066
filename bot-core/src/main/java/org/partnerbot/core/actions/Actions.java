package org.partnerbot.core.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: actions of a partnership. */
public interface Actions {

    Action create(long partnershipId, String text, Long ownerMemberId, Long ownerAgencyId, LocalDate due,
                  Long meetingId, long createdBy);

    Optional<Action> find(long partnershipId, int number);

    List<Action> open(long partnershipId);

    /** Every action of the partnership, open or closed (not those withdrawn by #undo), by number (the dashboard's action log). */
    List<Action> all(long partnershipId);

    List<Action> ofMeeting(long meetingId);

    void assignToMember(long actionId, long memberId);

    void assignToAgency(long actionId, long agencyId);

    void setDue(long actionId, LocalDate due);

    void markDone(long actionId, long doneBy);

    /** Takes an action recorded by mistake out of the log ({@code #undo}); it no longer shows anywhere. */
    void withdraw(long actionId);

    /** {@code action status}: how an open action is going, with the owner's note. */
    void setProgress(long actionId, Action.Progress progress, String note);

    /** Closes an action undone ({@link ActionStatus#NOT_POSSIBLE}, {@link ActionStatus#NOT_UNDERTAKEN}) with why. */
    void close(long actionId, ActionStatus status, String reason, long closedBy);

    /** Actions (open or closed) due after {@code after} and up to {@code until}: what a meeting reviews as matters arising. */
    List<Action> dueBetween(long partnershipId, LocalDate after, LocalDate until);
}

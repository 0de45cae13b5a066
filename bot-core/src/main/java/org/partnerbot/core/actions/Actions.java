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
}

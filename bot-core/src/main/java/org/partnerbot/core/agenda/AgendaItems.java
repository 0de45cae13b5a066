package org.partnerbot.core.agenda;

import java.util.List;
import java.util.Optional;

/** Port: agenda items of a partnership. */
public interface AgendaItems {

    AgendaItem add(long partnershipId, String text, long proposerId, Long agencyId);

    /** Items still waiting for a meeting (open and carried over), oldest first. */
    List<AgendaItem> pending(long partnershipId);

    Optional<AgendaItem> findPending(long partnershipId, int number);

    void setStatus(long itemId, AgendaStatus status);

    void markDiscussed(long itemId, long meetingId);

    /**
     * Puts the items marked discussed at this meeting under this text back on the agenda (open, or carried over if
     * they had been): what {@code #undo} of the {@code #topic} that marked them does. Returns their numbers.
     */
    List<Integer> unmarkDiscussed(long meetingId, String text);

    /** Marks every pending item as carried over one more time; returns how many. */
    int carryOver(long partnershipId);
}

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

    /** Marks every pending item as carried over one more time; returns how many. */
    int carryOver(long partnershipId);
}

package org.partnerbot.core.outbox;

import java.util.List;
import java.util.Optional;
import org.partnerbot.core.partnership.Partnership;

/**
 * Port: partnerships as the outbox and the timers see them, across workspaces: an outbox entry and a timer carry only
 * the partnership id, never a workspace a platform could have forged.
 */
public interface OutboxTargets {

    List<Partnership> all();

    Optional<Partnership> byId(long partnershipId);

    /**
     * The partnership, locked until the transaction ends (as {@code Partnerships.lock} does), read in the same step:
     * a timer's firing needs both, once per partnership.
     */
    Optional<Partnership> lockById(long partnershipId);
}

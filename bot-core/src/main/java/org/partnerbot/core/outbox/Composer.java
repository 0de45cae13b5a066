package org.partnerbot.core.outbox;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Reply;

/**
 * Writes the messages of the kinds it knows when they go out, from the partnership's state then: a retried message
 * shows the partnership as it is, not as it was when it was recorded. Each capability that sends unasked has one;
 * the outbox finds the partnership and turns the reply into a delivery to the entry's recipient.
 */
public interface Composer {

    Set<MessageKind> kinds();

    /** Empty when nothing is left to say (the action was taken, the person left): the entry is closed unsent. */
    Optional<Reply> compose(Partnership partnership, OutboxEntry entry, Instant now);
}

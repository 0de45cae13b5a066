package org.partnerbot.core.intake;

import java.util.Optional;
import org.partnerbot.core.reply.Reply;

/**
 * Inbox work a worker has taken: the input, how many times it was taken (a crash between taking and finishing
 * leaves it to be taken again), and the answer already recorded for it, if its command committed before that crash.
 */
public record InboxEntry(long id, Arrival arrival, int attempts, Optional<Reply> answer) {

    /** The delivery id the core's effect guard and answer record go by: the inbox key. */
    public String deliveryId() {
        return arrival.key();
    }
}

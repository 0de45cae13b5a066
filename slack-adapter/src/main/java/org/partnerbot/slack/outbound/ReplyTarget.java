package org.partnerbot.slack.outbound;

import org.partnerbot.core.reply.Reply;

/** Where the answer to one input goes; chosen by how the input arrived. */
@FunctionalInterface
public interface ReplyTarget {

    void deliver(Reply reply);
}

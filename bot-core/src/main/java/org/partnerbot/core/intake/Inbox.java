package org.partnerbot.core.intake;

/**
 * Port: which platform deliveries were already taken in, recorded inside the handling's own transaction, so a
 * retried delivery (Slack's X-Slack-Retry-Num, Teams' resend, a second node) has exactly one effect. The durable
 * inbox (every accepted input written before the ack) grows from here.
 */
public interface Inbox {

    /** Records the delivery as taken in; false when it was taken in before. */
    boolean takeIn(String workspace, String deliveryId);
}

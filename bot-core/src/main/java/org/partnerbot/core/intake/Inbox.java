package org.partnerbot.core.intake;

/**
 * Port: remembers which platform deliveries were already applied, inside the command's own transaction,
 * so a retried delivery (Slack's X-Slack-Retry-Num, Teams' resend) has exactly one effect.
 */
public interface Inbox {

    /** Records the delivery; false when it was recorded before. */
    boolean firstDelivery(String workspace, String deliveryId);
}

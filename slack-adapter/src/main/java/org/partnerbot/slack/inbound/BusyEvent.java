package org.partnerbot.slack.inbound;

/**
 * An event the inbox is too full to take. Thrown rather than answered: Bolt acknowledges any event whose handler
 * answers with a non-200 status (automatic acknowledgement of events), and an acknowledged event is never retried.
 * The HTTP endpoint turns it into a 503 without {@code X-Slack-No-Retry}, so Slack sends the event again later; over
 * Socket Mode the envelope goes unacknowledged, with the same result.
 */
public final class BusyEvent extends RuntimeException {

    BusyEvent() {
        super("the inbox is full", null, false, false);
    }
}

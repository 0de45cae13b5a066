package org.partnerbot.core.outbox;

import java.time.Instant;

/**
 * One message waiting in the outbox. It holds what to say about (kind, subject, occurrence time), not the text:
 * the text is composed when it is sent, so a retried reminder shows the partnership as it is then.
 *
 * @param firstAttemptAt when its first send began, or null before any
 * @param outcomeUnknown whether its latest attempt may have arrived although it was not recorded as sent
 */
public record OutboxEntry(long id, long partnershipId, MessageKind kind, String occurrence, Long subjectId,
                          Instant occursAt, Recipient recipient, int attempts, Instant firstAttemptAt,
                          boolean outcomeUnknown) {
}

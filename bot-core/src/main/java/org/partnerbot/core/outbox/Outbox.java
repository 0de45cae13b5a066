package org.partnerbot.core.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port: the outbox of every unprompted message (reminders, digests, pairing, welcomes). An occurrence (partnership, kind, occurrence) is recorded once, before anything is
 * sent; its messages stay until they went out, were given up for good, or had nothing left to say.
 */
public interface Outbox {

    /** Records the occurrence; empty when it was recorded before (a replayed firing), so nothing more is sent. */
    Optional<Long> claim(long partnershipId, MessageKind kind, String occurrence, Long subjectId, Instant occursAt);

    void enqueue(long occurrenceId, Recipient recipient, Instant sendAt);

    /** Many recipients of one occurrence at once (a pairing round of thousands); stores may write them in batches. */
    default void enqueueAll(long occurrenceId, java.util.List<Recipient> recipients, Instant sendAt) {
        recipients.forEach(r -> enqueue(occurrenceId, r, sendAt));
    }

    /** When the latest occurrence of any of these kinds was recorded. */
    Optional<Instant> lastRecorded(long partnershipId, Set<MessageKind> kinds);

    /** Messages waiting whose next attempt is due, oldest first. */
    List<OutboxEntry> due(Instant now, int limit);

    /**
     * Takes the message for sending until {@code until}; false when another sender has it. Until the attempt's
     * outcome is recorded, the message counts as possibly sent (its sender may die mid-send).
     *
     * @param owner the sending node (null when unknown: the lease then only ends by running out)
     */
    boolean lease(long entryId, String owner, Instant now, Instant until);

    /**
     * Makes the messages leased by nodes no longer running due again at once (their send may or may not have
     * happened before the node died: the next sender asks the platform first, where it can). {@code live} must hold the calling node.
     * Returns how many were released.
     */
    int releaseLeasesNotHeldBy(Set<String> live, Instant now);

    void markSent(long entryId, Instant at);

    /** @param outcomeUnknown whether the failed attempt may have arrived all the same */
    void retryLater(long entryId, int attempts, Instant next, String error, boolean outcomeUnknown);

    /** Gave up: the platform said retrying cannot help (e.g. the bot was removed from the channel). */
    void markFailed(long entryId, int attempts, String error);

    /** Nothing left to say by the time it was sent (e.g. the overdue action was done meanwhile). */
    void markObsolete(long entryId, Instant at);

    /**
     * Deletes the messages settled (sent, closed or given up) before {@code before}, then the occurrences recorded
     * before it that have no message left. Returns how many messages were deleted.
     */
    int forgetSettledBefore(Instant before);

    /** Counts by status, for tests and health views. */
    java.util.Map<String, Integer> countByStatus(long partnershipId);
}

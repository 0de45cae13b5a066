package org.partnerbot.core.intake;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.partnerbot.core.reply.Reply;

/**
 * Port: the durable inbox. Every accepted platform input is recorded here before the platform is acknowledged (its
 * key is the de-duplication), workers take it from here, and the answer of a committed command is kept until it was
 * sent. Separately, {@link #takeIn} records inside a command's own transaction that a delivery had its effect, so a
 * delivery handled twice (a crash after the commit, a twin on another node) changes things once.
 */
public interface Inbox {

    /** Records the delivery as taken in; false when it was taken in before. Call in the transaction that acts on it. */
    boolean takeIn(String workspace, String deliveryId);

    /** Records a new input; false when its key is already there. */
    boolean accept(Arrival arrival, Instant at);

    /** Records a new input as taken at once by {@code owner} (work done on the request's own thread); empty when its key is there. */
    Optional<InboxEntry> acceptTaken(Arrival arrival, Instant at, String owner, Instant until);

    /** Inputs waiting or being worked on, across every node. */
    int backlog();

    /**
     * Takes the oldest waiting input, of one of these platforms, of a conversation that has nothing earlier still
     * waiting or under way, leased to {@code owner} until {@code until}; empty when there is none.
     */
    Optional<InboxEntry> take(Set<String> platforms, String owner, Instant until);

    /** The answer of the input with this key, recorded in the transaction of its command. No row: nothing happens. */
    void answered(String key, Reply reply);

    /** The work is finished: the input, its answer and who said it are cleared, the key stays for the retention time. */
    void done(long id, Instant at, boolean failed);

    /** Work under way whose lease ran out, or was taken by a node not in {@code live} (null: any node), waits again. */
    int release(Set<String> live, Instant now);

    /** Settled entries older than {@code before} are deleted; returns how many. */
    int forgetSettledBefore(Instant before);

    /** A person's waiting input is dropped (erasure): returns how many entries. */
    int forget(String workspace, String userKey);
}

package org.partnerbot.core.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.partnerbot.core.partnership.Partnership;

/**
 * The composer of each kind of message, registered by the capabilities as they are installed; a partnership gone
 * closes its messages, and so does a person who is no longer a member by the time their message goes out.
 */
public final class Composers {

    /** Whether a message of this kind may still go to this person now (the core asks its membership rules). */
    @FunctionalInterface
    public interface Addressees {
        boolean mayReceive(Partnership partnership, Recipient recipient, MessageKind kind);

        Addressees ANYONE = (p, r, k) -> true;
    }

    private final Map<MessageKind, Composer> byKind = new ConcurrentHashMap<>();
    private final OutboxTargets targets;
    private final Addressees addressees;

    public Composers(OutboxTargets targets, Addressees addressees) {
        this.targets = targets;
        this.addressees = addressees;
    }

    public Composers add(Composer composer) {
        for (MessageKind kind : composer.kinds()) {
            if (byKind.putIfAbsent(kind, composer) != null) {
                throw new IllegalStateException("two composers for " + kind);
            }
        }
        return this;
    }

    /**
     * Throws when no capability on this node writes the entry's kind (it was not installed): the entry then waits
     * and is retried, rather than being closed as if there were nothing to say.
     */
    Optional<Delivery> compose(OutboxEntry entry, Instant now) {
        Composer composer = byKind.get(entry.kind());
        if (composer == null) {
            throw new IllegalStateException("no composer for " + entry.kind() + " messages on this node");
        }
        return targets.byId(entry.partnershipId())
                .filter(p -> entry.recipient().channel() || addressees.mayReceive(p, entry.recipient(), entry.kind()))
                .flatMap(p -> composer.compose(p, entry, now).map(reply -> Delivery.to(p, entry.recipient(), reply)));
    }
}

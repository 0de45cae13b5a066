package org.partnerbot.core.outbox;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The composer of each kind of message, registered by the capabilities as they are installed; a partnership gone closes its messages. */
public final class Composers {

    private final Map<MessageKind, Composer> byKind = new ConcurrentHashMap<>();
    private final OutboxTargets targets;

    public Composers(OutboxTargets targets) {
        this.targets = targets;
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
        return targets.byId(entry.partnershipId()).flatMap(p -> composer.compose(p, entry, now)
                .map(reply -> Delivery.to(p, entry.recipient(), reply)));
    }
}

package org.partnerbot.core.welcome;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.partnerbot.core.outbox.Composer;
import org.partnerbot.core.outbox.Delivery;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.OutboxEntry;
import org.partnerbot.core.outbox.OutboxTargets;
import org.partnerbot.core.partnership.Agencies;

/** Writes a welcome when it goes out, with the agencies listed then (one added meanwhile gets its button). */
public final class WelcomeComposer implements Composer {

    private final OutboxTargets targets;
    private final Agencies agencies;

    public WelcomeComposer(OutboxTargets targets, Agencies agencies) {
        this.targets = targets;
        this.agencies = agencies;
    }

    @Override
    public Set<MessageKind> kinds() {
        return Set.of(MessageKind.WELCOME);
    }

    @Override
    public Optional<Delivery> compose(OutboxEntry e, Instant now) {
        if (e.recipient().channel()) {
            return Optional.empty();
        }
        return targets.byId(e.partnershipId()).map(p -> Delivery.to(p, e.recipient(), WelcomeMessages.welcome(p,
                e.recipient().userKey(), e.recipient().displayName(), agencies.list(p.id()))));
    }
}

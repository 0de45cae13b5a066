package org.partnerbot.core.welcome;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.partnerbot.core.outbox.Composer;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.OutboxEntry;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Reply;

/** Writes a welcome when it goes out, with the agencies listed then (one added meanwhile gets its button). */
public final class WelcomeComposer implements Composer {

    private final Agencies agencies;

    public WelcomeComposer(Agencies agencies) {
        this.agencies = agencies;
    }

    @Override
    public Set<MessageKind> kinds() {
        return Set.of(MessageKind.WELCOME);
    }

    @Override
    public Optional<Reply> compose(Partnership p, OutboxEntry e, Instant now) {
        if (e.recipient().channel()) {
            return Optional.empty();
        }
        return Optional.of(WelcomeMessages.welcome(p, e.recipient().userKey(), e.recipient().displayName(),
                agencies.list(p.id())));
    }
}

package org.partnerbot.core.dashboard;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.partnerbot.core.outbox.Composer;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.OutboxEntry;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Reply;

/**
 * Writes the sign-in link asked for in a channel, as a direct message, when it goes out: the link is made then, so the
 * outbox never holds a usable token (a retried message carries a new one; the old one expires unused).
 */
public final class SignInLinkComposer implements Composer {

    private final DashboardCommands commands;

    public SignInLinkComposer(DashboardCommands commands) {
        this.commands = commands;
    }

    @Override
    public Set<MessageKind> kinds() {
        return Set.of(MessageKind.DASHBOARD_LINK);
    }

    @Override
    public Optional<Reply> compose(Partnership partnership, OutboxEntry entry, Instant now) {
        if (entry.recipient().channel()) {
            return Optional.empty();
        }
        return commands.linkFor(new Reader(partnership.workspace(), entry.recipient().userKey()));
    }
}

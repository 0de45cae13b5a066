package org.partnerbot.core.welcome;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.language.Readers;
import org.partnerbot.core.outbox.Composer;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.OutboxEntry;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.MembershipStatus;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Reply;

/**
 * Writes a welcome when it goes out, in the newcomer's language (their choice, else what their platform last said), with the agencies listed then (one added meanwhile gets its button); someone
 * waiting for approval in a closed partnership is told who can approve them instead. Nobody who has left since is
 * written to.
 */
public final class WelcomeComposer implements Composer {

    private final Agencies agencies;
    private final Members members;
    private final Readers readers;

    public WelcomeComposer(Agencies agencies, Members members, Readers readers) {
        this.agencies = agencies;
        this.members = members;
        this.readers = readers;
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
        Optional<Member> m = members.findByUserKey(p.id(), e.recipient().userKey());
        if (m.isEmpty() || !m.get().status().standing()) {
            return Optional.empty();
        }
        Texts t = readers.person(p.workspace(), e.recipient().userKey());
        if (m.get().status() == MembershipStatus.PENDING) {
            return Optional.of(WelcomeMessages.waiting(t, p, m.get(), members.list(p.id())));
        }
        return Optional.of(WelcomeMessages.welcome(t, p, e.recipient().userKey(), e.recipient().displayName(),
                agencies.list(p.id())));
    }
}

package org.partnerbot.core.pairing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerbot.core.outbox.Composer;
import org.partnerbot.core.outbox.Delivery;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.OutboxEntry;
import org.partnerbot.core.outbox.OutboxTargets;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Reply;

/**
 * Writes a round's messages from the stored round when they go out: each person's partner and opener, or the
 * channel's summary. Someone who left the partnership meanwhile gets nothing, and is no longer named.
 */
public final class PairingComposer implements Composer {

    private final OutboxTargets targets;
    private final Members members;
    private final PairingRecords records;

    public PairingComposer(OutboxTargets targets, Members members, PairingRecords records) {
        this.targets = targets;
        this.members = members;
        this.records = records;
    }

    @Override
    public Set<MessageKind> kinds() {
        return Set.of(MessageKind.PAIRING);
    }

    @Override
    public Optional<Delivery> compose(OutboxEntry e, Instant now) {
        Optional<Partnership> found = targets.byId(e.partnershipId());
        Optional<PairingRecords.Round> round = e.subjectId() == null ? Optional.empty() : records.round(e.subjectId());
        if (found.isEmpty() || round.isEmpty()) {
            return Optional.empty();
        }
        Partnership p = found.get();
        Map<Long, Member> byId = members.list(p.id()).stream().collect(Collectors.toMap(Member::id, Function.identity()));
        List<List<Member>> groups = round.get().groups().stream()
                .map(g -> g.stream().map(byId::get).filter(java.util.Objects::nonNull).toList())
                .filter(g -> g.size() > 1).toList();
        if (e.recipient().channel()) {
            return groups.isEmpty() ? Optional.empty() : Optional.of(Delivery.to(p, e.recipient(), PairingMessages.summary(groups)));
        }
        for (int g = 0; g < groups.size(); g++) {
            for (Member m : groups.get(g)) {
                if (m.userKey().equals(e.recipient().userKey())) {
                    Reply dm = PairingMessages.personal(p, m, groups.get(g), Openers.forRound(round.get().seed(), round.get().groupNumber(m.id())));
                    return Optional.of(Delivery.to(p, e.recipient(), dm));
                }
            }
        }
        return Optional.empty();
    }
}

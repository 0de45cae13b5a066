package org.partnerbot.core.pairing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerbot.core.i18n.Bilingual;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.language.Readers;
import org.partnerbot.core.outbox.Composer;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.OutboxEntry;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Reply;

/**
 * Writes a round's messages from the stored round when they go out: each person's partner and opener, or the
 * channel's summary, in the person's language or the channel's policy. Someone who left the partnership meanwhile gets nothing, and is no longer named.
 */
public final class PairingComposer implements Composer {

    private final Members members;
    private final PairingRecords records;
    private final Readers readers;

    public PairingComposer(Members members, PairingRecords records, Readers readers) {
        this.members = members;
        this.records = records;
        this.readers = readers;
    }

    @Override
    public Set<MessageKind> kinds() {
        return Set.of(MessageKind.PAIRING);
    }

    @Override
    public Optional<Reply> compose(Partnership p, OutboxEntry e, Instant now) {
        if (e.subjectId() == null) {
            return Optional.empty();
        }
        if (e.recipient().channel()) {
            Optional<PairingRecords.Round> round = records.round(e.subjectId());
            if (round.isEmpty()) {
                return Optional.empty();
            }
            Map<Long, Member> byId = members.list(p.id()).stream().collect(Collectors.toMap(Member::id, Function.identity()));
            List<List<Member>> groups = round.get().groups().stream()
                    .map(g -> g.stream().map(byId::get).filter(Objects::nonNull).toList())
                    .filter(g -> g.size() > 1).toList();
            return groups.isEmpty() ? Optional.empty()
                    : Optional.of(Bilingual.compose(readers.channel(p.id()), t -> PairingMessages.summary(t, groups)));
        }
        Texts t = readers.person(p.workspace(), e.recipient().userKey());
        return members.findByUserKey(p.id(), e.recipient().userKey()).filter(Member::active)
                .flatMap(to -> records.groupOf(e.subjectId(), to.id()).flatMap(g -> {
                    List<Member> group = g.members().stream().map(members::findById).flatMap(Optional::stream)
                            .filter(Member::active).toList();
                    return group.size() > 1
                            ? Optional.of(PairingMessages.personal(t, p, to, group, Openers.forRound(g.seed(), g.number())))
                            : Optional.empty();
                }));
    }
}

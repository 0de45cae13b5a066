package org.partnerbot.core.pairing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.Outbox;
import org.partnerbot.core.outbox.Recipient;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Reply;

/**
 * One round of coffee chats: pairs everyone not sitting out, remembers the pairs (so the next four rounds avoid
 * them), and puts each person's message in the outbox in the same transaction (so a message whose send fails is
 * retried, never lost). Used by `pairing now` and by the weekly job alike.
 */
public final class PairingRound {

    /** Rounds whose pairs are avoided. */
    public static final int MEMORY = 4;

    private final Members members;
    private final PairingRecords records;
    private final Outbox outbox;

    public PairingRound(Members members, PairingRecords records, Outbox outbox) {
        this.members = members;
        this.records = records;
        this.outbox = outbox;
    }

    /** What a round came to: the channel's summary, and whether one was held. */
    public record Result(Reply summary, boolean held) {
    }

    /**
     * Runs a round; call inside a transaction holding the partnership's lock.
     *
     * @param summaryToChannel also put the summary in the outbox for the channel (the weekly round; `pairing now`
     *                         answers with it instead)
     */
    public Result run(Partnership p, long seed, Instant now, boolean summaryToChannel) {
        Set<Long> skipping = records.skipping(p.id());
        List<Member> taking = members.list(p.id()).stream().filter(m -> !skipping.contains(m.id())).toList();
        if (taking.size() < 2) {
            return new Result(Reply.channel().text("No coffee chats this round: fewer than two people are taking part"
                    + (skipping.isEmpty() ? "." : " (" + skipping.size() + " skipping).")).build(), false);
        }
        List<Pairing.Participant> participants = taking.stream()
                .map(m -> new Pairing.Participant(m.id(), m.agencyId())).toList();
        List<List<Long>> groups = Pairing.groups(participants, records.recentPairs(p.id(), MEMORY), seed);
        long round = records.saveRound(p.id(), seed, groups);
        records.clearSkips(p.id());
        Map<Long, Member> byId = taking.stream().collect(Collectors.toMap(Member::id, Function.identity()));
        List<List<Member>> seated = groups.stream().map(g -> g.stream().map(byId::get).toList()).toList();
        outbox.claim(p.id(), MessageKind.PAIRING, "round " + round, round, now).ifPresent(id -> {
            seated.forEach(group -> group.forEach(m -> outbox.enqueue(id, new Recipient(m.userKey(), m.displayName()), now)));
            if (summaryToChannel) {
                outbox.enqueue(id, Recipient.CHANNEL, now);
            }
        });
        return new Result(PairingMessages.summary(seated), true);
    }
}

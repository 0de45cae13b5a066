package org.partnerbot.core.pairing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round of coffee chats: pairs everyone not sitting out, remembers the pairs (so the next four rounds
 * avoid them), tells each person by direct message, and gives the channel a summary. Used by `pairing now`
 * and by the weekly job alike.
 */
public final class PairingRound {

    /** Rounds whose pairs are avoided. */
    public static final int MEMORY = 4;
    private static final Logger log = LoggerFactory.getLogger(PairingRound.class);

    private final Members members;
    private final PairingRecords records;
    private final Messenger messenger;

    public PairingRound(Members members, PairingRecords records, Messenger messenger) {
        this.members = members;
        this.records = records;
        this.messenger = messenger;
    }

    /** Runs a round and returns what the channel should see. Call inside a transaction. */
    public Reply run(Partnership p, long seed) {
        Set<Long> skipping = records.skipping(p.id());
        List<Member> taking = members.list(p.id()).stream().filter(m -> !skipping.contains(m.id())).toList();
        if (taking.size() < 2) {
            return Reply.channel().text("No coffee chats this round: fewer than two people are taking part"
                    + (skipping.isEmpty() ? "." : " (" + skipping.size() + " skipping).")).build();
        }
        List<Pairing.Participant> participants = taking.stream()
                .map(m -> new Pairing.Participant(m.id(), m.agencyId())).toList();
        List<List<Long>> groups = Pairing.groups(participants, records.recentPairs(p.id(), MEMORY), seed);
        records.saveRound(p.id(), seed, groups);
        records.clearSkips(p.id());
        Map<Long, Member> byId = taking.stream().collect(Collectors.toMap(Member::id, Function.identity()));
        List<Block.Item> items = new ArrayList<>();
        int undelivered = 0;
        for (int g = 0; g < groups.size(); g++) {
            List<Member> group = groups.get(g).stream().map(byId::get).toList();
            items.add(Block.Item.of(names(group)));
            String opener = Openers.forRound(seed, g);
            for (Member m : group) {
                undelivered += tell(p, m, group, opener) ? 0 : 1;
            }
        }
        Reply.Builder reply = Reply.channel().list("Coffee chats this week (20 minutes, across agencies)", items, null)
                .note("Everyone has a direct message with a suggested opener. `pairing skip` sits out the next round.");
        if (undelivered > 0) {
            reply.note(undelivered + " direct message(s) could not be delivered; those people can see their partner here.");
        }
        return reply.build();
    }

    private boolean tell(Partnership p, Member to, List<Member> group, String opener) {
        List<Member> others = group.stream().filter(m -> m.id() != to.id()).toList();
        Reply dm = Reply.channel()
                .line(Line.builder().text("Coffee chat this week in " + p.name() + ": 20 minutes with ").append(names(others))
                        .text(others.size() == 1 ? ". Find a time that suits you both." : ". Find a time that suits you all.").build())
                .note("Suggested opener: " + opener)
                .build();
        try {
            messenger.send(Destination.person(p.workspace(), to.userKey(), to.displayName()), dm);
            return true;
        } catch (DeliveryException e) {
            log.warn("pairing message to member {} of partnership {} not delivered: {}", to.id(), p.id(), e.getMessage());
            return false;
        }
    }

    private static Line names(List<Member> group) {
        Line.Builder b = Line.builder();
        for (int i = 0; i < group.size(); i++) {
            b.text(i == 0 ? "" : i == group.size() - 1 ? " and " : ", ").append(group.get(i).withAgency());
        }
        return b.build();
    }
}

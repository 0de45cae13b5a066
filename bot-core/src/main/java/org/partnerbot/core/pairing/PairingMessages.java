package org.partnerbot.core.pairing;

import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

/** The words of a coffee-chat round: the channel's summary and each person's message. */
final class PairingMessages {

    private PairingMessages() {
    }

    static Reply summary(List<List<Member>> groups) {
        List<Block.Item> items = new ArrayList<>();
        groups.forEach(group -> items.add(Block.Item.of(names(group))));
        return Reply.channel().list("Coffee chats this week (20 minutes, across agencies)", items, null)
                .note("Everyone has a direct message with a suggested opener. `pairing skip` sits out the next round.")
                .build();
    }

    static Reply personal(Partnership p, Member to, List<Member> group, String opener) {
        List<Member> others = group.stream().filter(m -> m.id() != to.id()).toList();
        return Reply.channel()
                .line(Line.builder().text("Coffee chat this week in " + p.name() + ": 20 minutes with ").append(names(others))
                        .text(others.size() == 1 ? ". Find a time that suits you both." : ". Find a time that suits you all.").build())
                .note("Suggested opener: " + opener)
                .build();
    }

    private static Line names(List<Member> group) {
        Line.Builder b = Line.builder();
        for (int i = 0; i < group.size(); i++) {
            b.text(i == 0 ? "" : i == group.size() - 1 ? " and " : ", ").append(group.get(i).withAgency());
        }
        return b.build();
    }
}

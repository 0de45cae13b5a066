package org.partnerbot.core.pairing;

import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

/** The words of a coffee-chat round, in its reader's language: the channel's summary and each person's message. */
final class PairingMessages {

    private PairingMessages() {
    }

    static Reply summary(Texts t, List<List<Member>> groups) {
        List<Block.Item> items = new ArrayList<>();
        groups.forEach(group -> items.add(Block.Item.of(names(t, group))));
        return Reply.channel().list(t.t("pairing.summaryTitle"), items, null)
                .note(t.t("pairing.summaryNote"))
                .build();
    }

    static Reply personal(Texts t, Partnership p, Member to, List<Member> group, String openerKey) {
        List<Member> others = group.stream().filter(m -> m.id() != to.id()).toList();
        return Reply.channel()
                .line(t.line("pairing.personal", p.name(), names(t, others), others.size()))
                .note(t.t("pairing.opener", t.t(openerKey)))
                .build()
                .in(t.language().code());
    }

    /** "Ann (Police), Bea (Health) and Cai (Council)", with the joining words of the language. */
    private static Line names(Texts t, List<Member> group) {
        Line.Builder b = Line.builder();
        for (int i = 0; i < group.size(); i++) {
            b.text(i == 0 ? "" : i == group.size() - 1 ? t.t("list.and") : t.t("list.comma")).append(group.get(i).withAgency());
        }
        return b.build();
    }
}

package org.partnerbot.core.duties;

import java.util.List;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

/** The duties register with its two warning sections, shared by `duties`, reminders and home views. */
public final class DutiesView {

    public Reply.Builder register(Texts t, Partnership p, List<Duty> all, Reply.Builder reply) {
        List<Duty> owned = all.stream().filter(d -> d.owners().size() == 1).toList();
        List<Duty> duplicated = all.stream().filter(Duty::duplicated).toList();
        List<Duty> unassigned = all.stream().filter(Duty::unassigned).toList();
        reply.heading(t.t("duties.title", p.name(), all.size()));
        if (all.isEmpty()) {
            return reply.text(t.t("duties.empty"));
        }
        reply.list(t.t("duties.owned"), owned.stream().map(d -> Block.Item.of(withOwners(d))).toList(), t.t("duties.noneYet"));
        if (!duplicated.isEmpty()) {
            reply.list(t.t("duties.duplicatedSection"),
                    duplicated.stream().map(d -> Block.Item.of(withOwners(d))).toList(), null);
        }
        if (!unassigned.isEmpty()) {
            reply.list(t.t("duties.unassignedSection"),
                    unassigned.stream().map(d -> new Block.Item(nameAndDescription(d), claimButton(t, d))).toList(), null);
        }
        return reply;
    }

    public static Line withOwners(Duty d) {
        Line.Builder b = Line.builder().strong(d.name()).text(" — ");
        List<Member> owners = d.owners();
        for (int i = 0; i < owners.size(); i++) {
            b.text(i == 0 ? "" : ", ").append(owners.get(i).withAgency());
        }
        return b.build();
    }

    public static Line nameAndDescription(Duty d) {
        return Line.builder().strong(d.name()).text(d.description() == null ? "" : " — " + d.description()).build();
    }

    public static Line duplicatedWarning(Texts t, Duty d) {
        Line.Builder holders = Line.builder();
        for (int i = 0; i < d.owners().size(); i++) {
            holders.text(i == 0 ? "" : ", ").append(d.owners().get(i).mention());
        }
        return t.line("duties.duplicatedWarning", Line.builder().strong(d.name()).build(), d.owners().size(), holders.build(),
                d.name());
    }

    public static Button claimButton(Texts t, Duty d) {
        return Button.of(t.t("duties.claim"), "duty.claim", "duty claim " + d.name());
    }
}

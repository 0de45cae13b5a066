package org.partnerbot.core.duties;

import java.util.List;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

/** The duties register with its two warning sections, shared by `duties`, reminders and home views. */
public final class DutiesView {

    public Reply.Builder register(Partnership p, List<Duty> all, Reply.Builder reply) {
        List<Duty> owned = all.stream().filter(d -> d.owners().size() == 1).toList();
        List<Duty> duplicated = all.stream().filter(Duty::duplicated).toList();
        List<Duty> unassigned = all.stream().filter(Duty::unassigned).toList();
        reply.heading("Duties of " + p.name() + " (" + all.size() + ")");
        if (all.isEmpty()) {
            return reply.text("The register is empty. An admin adds duties with `duty add <name>[: description]`.");
        }
        reply.list("Owned", owned.stream().map(d -> Block.Item.of(withOwners(d))).toList(), "None yet.");
        if (!duplicated.isEmpty()) {
            reply.list("DUPLICATED — more than one owner; chair, please name one",
                    duplicated.stream().map(d -> Block.Item.of(withOwners(d))).toList(), null);
        }
        if (!unassigned.isEmpty()) {
            reply.list("UNASSIGNED — nobody owns these",
                    unassigned.stream().map(d -> new Block.Item(nameAndDescription(d), claimButton(d))).toList(), null);
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

    public static Line duplicatedWarning(Duty d) {
        Line.Builder b = Line.builder().text("DUPLICATED: ").strong(d.name()).text(" now has " + d.owners().size() + " owners (");
        for (int i = 0; i < d.owners().size(); i++) {
            b.text(i == 0 ? "" : ", ").append(d.owners().get(i).mention());
        }
        return b.text("). Agree who holds it; the others can `duty release " + d.name() + "`.").build();
    }

    public static Button claimButton(Duty d) {
        return Button.of("Claim", "duty.claim", "duty claim " + d.name());
    }
}

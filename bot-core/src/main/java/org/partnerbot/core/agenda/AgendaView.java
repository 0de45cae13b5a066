package org.partnerbot.core.agenda;

import java.util.List;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

/** The agenda as shown on request, in agenda calls and at meeting start. */
public final class AgendaView {

    private final AgendaItems items;

    public AgendaView(AgendaItems items) {
        this.items = items;
    }

    public Reply.Builder agenda(Partnership p, Reply.Builder reply) {
        List<AgendaItem> pending = items.pending(p.id());
        reply.list("Agenda for the next meeting of " + p.name() + " (" + pending.size() + ")",
                pending.stream().map(i -> Block.Item.of(line(i))).toList(),
                "Nothing yet. Add an item with `agenda add <text>`.");
        return reply.buttons(AgendaCommands.addButton());
    }

    public static Line line(AgendaItem i) {
        Line.Builder b = Line.builder().text(i.number() + ". " + i.text() + " — ").person(i.proposerKey(), i.proposerName());
        if (i.agencyName() != null) {
            b.text(" (" + i.agencyName() + ")");
        }
        if (i.carriedOver() > 0) {
            b.text(i.carriedOver() == 1 ? " [carried over]" : " [carried over " + i.carriedOver() + " times]");
        }
        return b.build();
    }
}

package org.partnerbot.core.agenda;

import java.util.List;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

/** The agenda as shown on request, in agenda calls and at meeting start, in its reader's language. */
public final class AgendaView {

    private final AgendaItems items;

    public AgendaView(AgendaItems items) {
        this.items = items;
    }

    public Reply.Builder agenda(Texts t, Partnership p, Reply.Builder reply) {
        List<AgendaItem> pending = items.pending(p.id());
        reply.list(t.t("agenda.title", p.name(), pending.size()),
                pending.stream().map(i -> Block.Item.of(line(t, i))).toList(),
                t.t("agenda.empty"));
        return reply.buttons(AgendaCommands.addButton(t));
    }

    public static Line line(Texts t, AgendaItem i) {
        Line.Builder b = Line.builder().text(i.number() + ". " + i.text() + " — ").person(i.proposerKey(), i.proposerName());
        if (i.agencyName() != null) {
            b.text(" (" + i.agencyName() + ")");
        }
        if (i.carriedOver() > 0) {
            b.text(t.t("agenda.carriedOver", i.carriedOver()));
        }
        return b.build();
    }
}

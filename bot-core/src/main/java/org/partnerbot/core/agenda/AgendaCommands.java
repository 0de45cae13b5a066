package org.partnerbot.core.agenda;

import java.util.List;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Ids;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/** The next meeting's agenda: anyone may propose; the proposer or a chair may withdraw. */
public final class AgendaCommands implements CommandSet {

    private final AgendaItems items;
    private final AgendaView view;

    public AgendaCommands(AgendaItems items, AgendaView view) {
        this.items = items;
        this.view = view;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                command("agenda").does("show the next meeting's agenda", this::show),
                command("agenda add").requires("<text>").does("propose an item for the next meeting", this::add),
                command("agenda remove").requires("<id>").does("withdraw an item (yours, or any if you chair)", this::remove));
    }

    private Reply show(Invocation in) {
        return view.agenda(in.partnership(), Reply.asker()).build();
    }

    private Reply add(Invocation in) {
        AgendaItem item = items.add(in.partnershipId(), in.args(), in.asker().id(), in.asker().agencyId());
        Line.Builder line = Line.builder().text("Agenda item " + item.number() + " added by ")
                .person(in.asker().userKey(), in.asker().displayName())
                .text(in.asker().hasAgency() ? " (" + in.asker().agencyName() + ")" : "").text(": " + item.text());
        Reply.Builder reply = Reply.channel().line(line.build());
        if (!in.asker().hasAgency()) {
            reply.note("Tip: say which agency you are with (`agency join <name>`) so the partnership sees who raises what.");
        }
        return reply.build();
    }

    private Reply remove(Invocation in) {
        int number = Ids.parse(in.args(), "an agenda item", in.spec());
        AgendaItem item = items.findPending(in.partnershipId(), number)
                .orElseThrow(() -> new UserError("There is no agenda item " + number + " waiting for a meeting. See `agenda`."));
        if (item.proposerId() != in.asker().id() && !in.asker().canChair()) {
            throw new UserError("Only " + item.proposerName() + " (who proposed it), a chair or an admin can remove item " + number + ".");
        }
        items.setStatus(item.id(), AgendaStatus.REMOVED);
        return Reply.channel().text("Agenda item " + number + " removed: " + item.text()).build();
    }

    /** The button that asks for an item's text, for agenda calls and empty agendas. */
    public static Button addButton() {
        return Button.asking("Add agenda item", "agenda.add", "agenda add", "Agenda item");
    }
}

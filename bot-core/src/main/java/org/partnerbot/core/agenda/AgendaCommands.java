package org.partnerbot.core.agenda;

import java.util.List;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Ids;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.i18n.Texts;
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
        return view.agenda(in.texts(), in.partnership(), Reply.asker()).build();
    }

    private Reply add(Invocation in) {
        AgendaItem item = items.add(in.partnershipId(), in.args(), in.asker().id(), in.asker().agencyId());
        Line who = Line.builder().person(in.asker().userKey(), in.asker().displayName())
                .text(in.asker().hasAgency() ? " (" + in.asker().agencyName() + ")" : "").build();
        return in.toChannel(t -> {
            Reply.Builder reply = Reply.channel().line(t.line("agenda.added", item.number(), who, item.text()));
            if (!in.asker().hasAgency()) {
                reply.note(t.t("agenda.tipAgency"));
            }
            return reply.build();
        });
    }

    private Reply remove(Invocation in) {
        int number = Ids.parse(in.args(), in.t("agenda.anItem"), in.spec());
        AgendaItem item = items.findPending(in.partnershipId(), number)
                .orElseThrow(() -> new UserError(in.t("agenda.noSuchItem", number)));
        if (item.proposerId() != in.asker().id() && !in.asker().canChair()) {
            throw new UserError(in.t("agenda.notYours", item.proposerName(), number));
        }
        items.setStatus(item.id(), AgendaStatus.REMOVED);
        return in.toChannel(t -> Reply.channel().text(t.t("agenda.removed", number, item.text())).build());
    }

    /** The button that asks for an item's text, for agenda calls and empty agendas. */
    public static Button addButton(Texts t) {
        return Button.asking(t.t("agenda.addButton"), "agenda.add", "agenda add", t.t("agenda.addPrompt"));
    }
}

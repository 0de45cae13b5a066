package org.partnerbot.core.kudos;

import java.util.List;
import org.partnerbot.core.access.Access;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.command.UserRefs;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/** Public thanks across agencies: said in the channel, counted per agency in the health report. */
public final class KudosCommands implements CommandSet {

    private final KudosRecords kudos;
    private final Access access;

    public KudosCommands(KudosRecords kudos, Access access) {
        this.kudos = kudos;
        this.access = access;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(command("kudos").requires("@someone <text>").does("help.kudos", this::give));
    }

    private Reply give(Invocation in) {
        UserRefs.Mention who = UserRefs.leading(in.args(), in.spec());
        String text = in.args().substring(who.end()).strip();
        if (text.isEmpty()) {
            throw new UserError(in.t("kudos.needsText"), in.spec());
        }
        if (who.userKey().equals(in.asker().userKey())) {
            throw new UserError(in.t("kudos.notYourself"));
        }
        // Kudos go to members only: naming someone never makes them one.
        Member to = access.member(in.partnership(), in.workspace(), who);
        kudos.give(in.partnershipId(), in.asker().id(), to.id(), to.agencyId(), text);
        return in.toChannel(t -> Reply.channel().line(t.line("kudos.given", to.withAgency(), in.asker().mention(), text))
                .build());
    }
}

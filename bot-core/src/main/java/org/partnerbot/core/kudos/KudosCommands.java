package org.partnerbot.core.kudos;

import java.util.List;
import org.partnerbot.core.access.Access;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.command.UserRefs;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.reply.Line;
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
        return List.of(command("kudos").requires("@someone <text>").does("thank someone in front of the partnership", this::give));
    }

    private Reply give(Invocation in) {
        UserRefs.Mention who = UserRefs.leading(in.args(), in.spec());
        String text = in.args().substring(who.end()).strip();
        if (text.isEmpty()) {
            throw new UserError("`kudos` needs what you are thanking them for, e.g. `kudos @dan for the referral list`.", in.spec());
        }
        if (who.userKey().equals(in.asker().userKey())) {
            throw new UserError("Kudos are for someone else — who helped you this week?");
        }
        // Kudos go to members only: naming someone never makes them one.
        Member to = access.member(in.partnership(), in.workspace(), who);
        kudos.give(in.partnershipId(), in.asker().id(), to.id(), to.agencyId(), text);
        return Reply.channel().line(Line.builder().text("Kudos to ").append(to.withAgency()).text(" from ")
                .append(in.asker().mention()).text(": " + text).build()).build();
    }
}

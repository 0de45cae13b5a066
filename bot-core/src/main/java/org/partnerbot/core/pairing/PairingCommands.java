package org.partnerbot.core.pairing;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/** Cross-agency coffee chats: weekly on a day admins choose, a round on demand, and sitting one out. */
public final class PairingCommands implements CommandSet {

    private final PairingRound round;
    private final PairingRecords records;
    private final PairingSettingsStore settings;
    private final LongSupplier seeds;

    /** @param seeds where each round's seed comes from (random in production, fixed in tests) */
    public PairingCommands(PairingRound round, PairingRecords records, PairingSettingsStore settings, LongSupplier seeds) {
        this.round = round;
        this.records = records;
        this.settings = settings;
        this.seeds = seeds;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                command("pairing skip").does("sit out the next coffee-chat round", this::skip),
                command("pairing weekly").requires("on [mon..sun]|off").role(Role.ADMIN)
                        .does("pair members across agencies for a 20-minute chat every week", this::weekly),
                command("pairing now").role(Role.ADMIN).preparedBy(p -> round.plan(p, seeds))
                        .does("pair members for coffee chats now", this::now));
    }

    private Reply skip(Invocation in) {
        if (!records.skipNext(in.partnershipId(), in.asker().id())) {
            return Reply.toAsker("You are already sitting out the next round.");
        }
        return Reply.toAsker("You will sit out the next coffee-chat round; you are back in the one after.");
    }

    private Reply weekly(Invocation in) {
        String[] words = in.args().strip().toLowerCase(Locale.ROOT).split("\\s+");
        PairingSettings current = settings.get(in.partnershipId());
        if (words.length == 1 && words[0].equals("off")) {
            settings.save(in.partnershipId(), current.withWeekly(false, current.day()));
            return Reply.channel().text("Weekly coffee-chat pairing is off.").build();
        }
        if (!words[0].equals("on") || words.length > 2) {
            throw new UserError("Say `pairing weekly on [day]` or `pairing weekly off`.", in.spec());
        }
        DayOfWeek day = words.length == 2 ? day(words[1], in.spec()) : current.day();
        settings.save(in.partnershipId(), current.withWeekly(true, day));
        return Reply.channel().text("Weekly coffee-chat pairing is on: every "
                + day.getDisplayName(TextStyle.FULL, Locale.UK)
                + " morning everyone gets a partner from another agency by direct message.").build();
    }

    private Reply now(Invocation in) {
        // Planned before the command's transaction, outside the partnership's lock; held here if nothing changed since.
        return round.run(in.partnership(), in.prepared(PairingRound.Plan.class), seeds, in.now(), false).summary();
    }

    static DayOfWeek day(String text, CommandSpec spec) {
        String t = text.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            String full = d.name().toLowerCase(Locale.ROOT);
            if (t.length() >= 3 && full.startsWith(t)) {
                return d;
            }
        }
        throw new UserError("`" + text + "` is not a day: use mon, tue, wed, thu, fri, sat or sun.", spec);
    }
}

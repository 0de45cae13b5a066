package org.partnerbot.core.pairing;

import java.time.DayOfWeek;
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
            return Reply.toAsker(in.t("pairing.alreadySkipping"));
        }
        return Reply.toAsker(in.t("pairing.skipping"));
    }

    private Reply weekly(Invocation in) {
        String[] words = in.args().strip().toLowerCase(Locale.ROOT).split("\\s+");
        PairingSettings current = settings.get(in.partnershipId());
        if (words.length == 1 && words[0].equals("off")) {
            settings.save(in.partnershipId(), current.withWeekly(false, current.day()));
            return in.toChannel(t -> Reply.channel().text(t.t("pairing.weeklyOff")).build());
        }
        if (!words[0].equals("on") || words.length > 2) {
            throw new UserError(in.t("pairing.weeklyUsage"), in.spec());
        }
        DayOfWeek day = words.length == 2 ? day(words[1], in) : current.day();
        settings.save(in.partnershipId(), current.withWeekly(true, day));
        return in.toChannel(t -> Reply.channel().text(t.t("pairing.weeklyOn", t.weekday(day))).build());
    }

    private Reply now(Invocation in) {
        // Planned before the command's transaction, outside the partnership's lock; held here if nothing changed since.
        PairingRound.Result result = round.run(in.partnership(), in.prepared(PairingRound.Plan.class), seeds, in.now(), false);
        return in.toChannel(result.summary());
    }

    static DayOfWeek day(String text, Invocation in) {
        String t = text.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            String full = d.name().toLowerCase(Locale.ROOT);
            if (t.length() >= 3 && full.startsWith(t)) {
                return d;
            }
        }
        throw new UserError(in.t("pairing.notADay", text), in.spec());
    }
}

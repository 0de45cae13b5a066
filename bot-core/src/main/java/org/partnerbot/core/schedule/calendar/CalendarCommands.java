package org.partnerbot.core.schedule.calendar;

import java.util.List;
import java.util.function.Supplier;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/** `calendar`: a subscribe link for the weekly meeting; `calendar reset` revokes it for everyone. */
public final class CalendarCommands implements CommandSet {

    private final CalendarService calendars;
    private final Supplier<String> baseUrl;

    /** @param baseUrl where the HTTP listener is reached, e.g. {@code https://bot.example.org}, asked for when needed */
    public CalendarCommands(CalendarService calendars, Supplier<String> baseUrl) {
        this.calendars = calendars;
        this.baseUrl = baseUrl;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                command("calendar").does("a link to subscribe to the weekly meeting in your calendar", this::show),
                command("calendar reset").role(Role.ADMIN).does("make a new calendar link; the old one stops working", this::reset));
    }

    private Reply show(Invocation in) {
        if (!calendars.hasSchedule(in.partnershipId())) {
            throw new UserError(in.t("calendar.noSchedule"));
        }
        return link(in, calendars.tokenFor(in.partnershipId()), in.t("calendar.subscribe", in.partnership().name()));
    }

    private Reply reset(Invocation in) {
        String token = calendars.reset(in.partnershipId());
        return link(in, token, in.t("calendar.reset", in.partnership().name()));
    }

    private Reply link(Invocation in, String token, String intro) {
        return Reply.asker().text(intro)
                .line(Line.builder().code(url(token)).build())
                .note(in.t("calendar.keepInside"))
                .build();
    }

    String url(String token) {
        String base = baseUrl.get();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/calendar/" + token + ".ics";
    }
}

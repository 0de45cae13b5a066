package org.partnerbot.core.meetings;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Predicate;
import org.partnerbot.core.command.CommandText;
import org.partnerbot.core.intake.ChannelActivity;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Partnership;

/**
 * Counts what people contribute while a meeting is live: their discussion lines and their {@code #info} and
 * {@code #idea}. Minute-taking ({@code #topic}, {@code #agreed}, {@code #action}, {@code #undo}, commands to the bot)
 * makes its author present but counts toward nobody's share: a chair who minutes everything is not the loudest voice.
 */
public final class LinesSaid implements ChannelActivity {

    private final Meetings meetings;
    private final Predicate<String> command;

    public LinesSaid(Meetings meetings) {
        this(meetings, CommandText::isMeetBotLine);
    }

    /** @param command whether a (normalised) text is a command of the grammar rather than talk */
    public LinesSaid(Meetings meetings, Predicate<String> command) {
        this.meetings = meetings;
        this.command = command;
    }

    @Override
    public boolean said(Partnership partnership, Member member, Instant at) {
        return said(partnership, member, at, "", false);
    }

    @Override
    public boolean said(Partnership partnership, Member member, Instant at, String text, boolean addressed) {
        return meetings.live(partnership.id()).map(m -> {
            if (contribution(text)) {
                meetings.countLine(m.id(), member.id(), member.agencyId());
            } else {
                meetings.present(m.id(), member.id(), member.agencyId());
            }
            return true;
        }).orElse(false);
    }

    private boolean contribution(String text) {
        if (text.isEmpty() || !command.test(text)) {
            return true;
        }
        String verb = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return verb.equals("#info") || verb.equals("#idea");
    }
}

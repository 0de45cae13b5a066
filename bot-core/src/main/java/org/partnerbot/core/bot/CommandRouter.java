package org.partnerbot.core.bot;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.partnerbot.core.command.Arity;
import org.partnerbot.core.command.CommandCatalog;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.MatchedCommand;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.language.Readers;
import org.partnerbot.core.intake.ConversationKind;
import org.partnerbot.core.intake.Heard;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.meetings.MeetingChairs;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Role;
import java.util.List;
import org.partnerbot.core.reply.Audience;
import org.partnerbot.core.reply.Reply;

/**
 * From what was heard to a command's answer: is it meant for the bot, which command of the grammar it is, whether
 * this conversation and this person may run it, and whether its arguments are there. A refusal that must undo the
 * transaction is thrown as a {@link UserError}; the others are answered here.
 */
final class CommandRouter {

    private static final java.util.regex.Pattern LINK_LINE = java.util.regex.Pattern.compile("(?i)https?://\\S+");

    /**
     * Commands that only read, so running one again gives the same list: a platform that must cut its reply offers
     * "Show more", which runs it again for the presser (their membership now) from where the message stopped.
     */
    static final Set<String> REREADABLE = Set.of("agenda", "actions", "actions mine", "duties", "agencies", "minutes",
            "glossary", "help", "schedule show", "report", "audit");

    private final CommandCatalog catalog;
    private final Members members;
    private final Refusals refusals;
    private final Readers readers;
    private final Clock clock;
    private final MeetingChairs meetingChairs;

    CommandRouter(CommandCatalog catalog, Members members, Refusals refusals, Readers readers, Clock clock,
                  MeetingChairs meetingChairs) {
        this.meetingChairs = meetingChairs;
        this.catalog = catalog;
        this.members = members;
        this.refusals = refusals;
        this.readers = readers;
        this.clock = clock;
    }

    /**
     * What was said and how: {@code addressed} to the bot (or only said in the channel), a MeetBot {@code #} line;
     * {@code prepared}: what the command's preparer worked out before the transaction, or null.
     */
    record Said(Inbound in, String text, boolean addressed, boolean meetBotLine, Object prepared) {

        Said(Inbound in, String text, boolean addressed, boolean meetBotLine) {
            this(in, text, addressed, meetBotLine, null);
        }
    }

    Handled route(Said said, Heard heard) {
        Inbound in = said.in();
        String text = said.text();
        if (!said.meetBotLine() && heard.meetingLive() && LINK_LINE.matcher(text).lookingAt()) {
            // A line that starts with an address is a link for the minutes, as MeetBot takes it.
            return route(new Said(in, "#link " + text, false, true), heard);
        }
        if (!said.addressed() && !said.meetBotLine()) {
            return Handled.silent();
        }
        Texts texts = readers.speaking(in.workspace(), in.speaker().userKey(), in.speaker().locale());
        if (text.isEmpty()) {
            return said.addressed() ? Handled.refused(refusals.sayACommand(texts)) : Handled.silent();
        }
        Optional<MatchedCommand> matched = catalog.match(text);
        if (matched.isEmpty()) {
            return unmatched(said, heard, texts);
        }
        CommandSpec spec = matched.get().spec();
        String args = matched.get().args();
        Optional<Partnership> partnership = heard.partnership();
        if (spec.needsPartnership() && partnership.isEmpty()) {
            throw new UserError(refusals.noPartnership(texts, in.kind()));
        }
        Member asker = heard.asker();
        if (partnership.isPresent() && !heard.standing().active() && spec.role() != Role.ANYONE) {
            // Answered, not thrown: a membership found ended by this very check stays ended.
            return Handled.refused(refusals.notAMember(texts, partnership.get(), heard.standing(), heard.inChannel(),
                    members.list(partnership.get().id())));
        }
        if (asker != null && !spec.role().allows(asker) && !chairsThisMeeting(spec, asker, partnership)) {
            throw new UserError(refusals.onlyRole(texts, spec, members.list(partnership.get().id())));
        }
        if (spec.arity() == Arity.NONE && !args.isEmpty()) {
            return Handled.refused(refusals.unknown(texts, text));
        }
        if (spec.arity() == Arity.REQUIRED && args.isEmpty()) {
            throw new UserError(refusals.needsArguments(texts, spec), spec);
        }
        List<Texts> channelTexts = partnership.map(p -> readers.channel(p.id())).orElse(List.of(texts));
        Invocation invocation = new Invocation(spec, args, partnership.orElse(null), asker, in.speaker(),
                partnership.map(Partnership::workspace).orElse(in.workspace()), in.conversationKey(), in.conversationRef(),
                clock.instant(), partnership.isPresent() && !heard.inChannel(), texts, channelTexts, said.prepared());
        Reply written = spec.handler().handle(invocation);
        // What a renderer adds itself (a file's note, "Show more", "N more did not fit") follows the reply's language:
        // an answer to the asker alone is in the asker's, whichever command wrote it.
        Reply reply = written.language() == null && written.audience() == Audience.ASKER
                ? written.in(texts.language().code()) : written;
        return Handled.answered(REREADABLE.contains(spec.words()) ? reply.continuedBy(spec.words() + (args.isEmpty() ? "" : " " + args))
                : reply);
    }

    /** A chair named with {@code #chair} runs the meeting's own {@code #} commands, nothing beyond them. */
    private boolean chairsThisMeeting(CommandSpec spec, Member asker, Optional<Partnership> partnership) {
        return spec.role() == Role.CHAIR && spec.family().equals("#") && asker.active() && partnership.isPresent()
                && meetingChairs.chairsLiveMeeting(partnership.get().id(), asker.id());
    }

    private Handled unmatched(Said said, Heard heard, Texts texts) {
        // "#general is busy" said in the channel is talk, not a mistyped command; "#undoo" is one slip from one.
        Optional<CommandSpec> meant = heard.meetingLive() && said.meetBotLine()
                ? catalog.oneSlipFromMeetBot(said.text()) : Optional.empty();
        if (meant.isPresent()) {
            return Handled.refused(refusals.didYouMean(texts, said.text(), meant.get()));
        }
        if (!said.addressed()) {
            return Handled.silent();
        }
        if (heard.meetingLive() && !catalog.knowsVerb(said.text()) && said.in().kind() == ConversationKind.CHANNEL) {
            return Handled.silent();
        }
        return Handled.refused(refusals.unknown(texts, said.text()));
    }
}

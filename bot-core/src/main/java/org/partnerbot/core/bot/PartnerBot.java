package org.partnerbot.core.bot;

import org.partnerbot.core.intake.Inbox;
import org.partnerbot.core.transaction.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.partnerbot.core.bot.CommandObserver.Outcome;
import org.partnerbot.core.command.Arity;
import org.partnerbot.core.command.CommandCatalog;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.CommandText;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.MatchedCommand;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The single entry point every platform calls: resolves the partnership and the speaker, matches the
 * grammar, enforces roles, and runs the command as one transaction. Failures become one clear line.
 */
public final class PartnerBot {

    public static final int MAX_TEXT = 2000;
    private static final Logger log = LoggerFactory.getLogger(PartnerBot.class);
    /** Logging context keys set while an input is handled (config's logback pattern prints them). */
    public static final String MDC_WORKSPACE = "workspace";
    public static final String MDC_PARTNERSHIP = "partnership";

    private final CommandCatalog catalog;
    private final Transactions transactions;
    private final Partnerships partnerships;
    private final Members members;
    private final ChannelActivity channelActivity;
    private final Inbox deliveryLog;
    private final Clock clock;
    private final List<CommandObserver> observers = new CopyOnWriteArrayList<>();

    public PartnerBot(CommandCatalog catalog, Transactions transactions, Partnerships partnerships, Members members,
                      ChannelActivity channelActivity, Inbox deliveryLog, Clock clock) {
        this.catalog = catalog;
        this.transactions = transactions;
        this.partnerships = partnerships;
        this.members = members;
        this.channelActivity = channelActivity;
        this.deliveryLog = deliveryLog;
        this.clock = clock;
    }

    public CommandCatalog catalog() {
        return catalog;
    }

    /** Adds an observer of every handled input (metrics); observers never change the outcome. */
    public void observe(CommandObserver observer) {
        observers.add(observer);
    }

    /**
     * Handles one input; empty when the bot has nothing to say (chatter during a meeting, unaddressed talk).
     * While it runs, the logging context (MDC) carries {@code workspace} and {@code partnership}; the one INFO line
     * per answered input names the command from the grammar, never the text.
     */
    public Optional<Reply> handle(Inbound in) {
        long started = System.nanoTime();
        String text = CommandText.normalise(in.text());
        Outcome[] outcome = {Outcome.OK};
        String outerWorkspace = MDC.get(MDC_WORKSPACE);
        String outerPartnership = MDC.get(MDC_PARTNERSHIP);
        MDC.put(MDC_WORKSPACE, in.workspace());
        if (in.partnershipId() != null) {
            MDC.put(MDC_PARTNERSHIP, in.partnershipId().toString());
        }
        try {
            Optional<Reply> reply = handle(in, text, outcome);
            String verb = catalog.match(text).map(m -> m.spec().words()).orElse(text.isEmpty() ? "none" : "unknown");
            Outcome o = reply.isEmpty() ? Outcome.SILENT : outcome[0];
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (o == Outcome.SILENT) {
                log.debug("input handled silently ({} ms)", took.toMillis());
            } else {
                log.info("command {} {} ({} ms)", verb, o.name().toLowerCase(java.util.Locale.ROOT), took.toMillis());
            }
            observers.forEach(obs -> obs.handled(verb, o, took));
            return reply;
        } finally {
            restore(MDC_WORKSPACE, outerWorkspace);
            restore(MDC_PARTNERSHIP, outerPartnership);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    private Optional<Reply> handle(Inbound in, String text, Outcome[] outcome) {
        boolean addressed = in.addressed() || CommandText.isAddressed(in.text());
        boolean meetBotLine = CommandText.isMeetBotLine(text);
        if (in.text().length() > MAX_TEXT && (addressed || meetBotLine)) {
            outcome[0] = Outcome.REFUSED;
            return Optional.of(Reply.toAsker("That message is " + in.text().length()
                    + " characters long; commands take at most " + MAX_TEXT + ". Nothing was changed."));
        }
        try {
            return transactions.inTransaction(() -> dispatch(in, text, addressed, meetBotLine, outcome));
        } catch (UserError e) {
            outcome[0] = Outcome.REFUSED;
            keepWhatWasSaid(in);
            return Optional.of(errorReply(e.getMessage(), e.helpFor()));
        } catch (RuntimeException e) {
            outcome[0] = Outcome.FAILED;
            String ref = UUID.randomUUID().toString().substring(0, 8);
            log.error("command failed ref={} workspace={} conversation={}", ref, in.workspace(), in.conversationKey(), e);
            return Optional.of(Reply.toAsker("Sorry, something went wrong on my side (ref " + ref
                    + "). Nothing was changed; please try again."));
        }
    }

    /** Who said something where: the speaker enrolled and the line counted, before any command runs. */
    private record Heard(Optional<Partnership> partnership, Member asker, boolean meetingLive) {
    }

    /** Empty for a delivery already applied; otherwise the speaker is enrolled and a live meeting counts the line. */
    private Optional<Heard> hear(Inbound in) {
        if (in.deliveryId() != null && !deliveryLog.firstDelivery(in.workspace(), in.deliveryId())) {
            return Optional.empty();
        }
        Optional<Partnership> partnership = resolvePartnership(in);
        partnership.ifPresent(p -> MDC.put(MDC_PARTNERSHIP, Long.toString(p.id())));
        Member asker = null;
        boolean meetingLive = false;
        if (partnership.isPresent()) {
            Partnership p = partnership.get();
            partnerships.lock(p.id());
            asker = members.enrol(p.id(), in.workspace(), in.speaker().userKey(), in.speaker().displayName(),
                    in.speaker().zone());
            if (in.kind() == ConversationKind.CHANNEL && in.partnershipId() == null) {
                meetingLive = channelActivity.said(p, asker, clock.instant());
            }
        }
        return Optional.of(new Heard(partnership, asker, meetingLive));
    }

    /**
     * A refused command is rolled back whole, but the line was still said in the meeting: it counts toward the
     * speaker's and agency's share, or a mistyped command would make someone look quieter than they were.
     */
    private void keepWhatWasSaid(Inbound in) {
        try {
            transactions.run(() -> hear(in));
        } catch (RuntimeException e) {
            log.debug("could not record the line of a refused command: {}", e.getMessage());
        }
    }

    private Optional<Reply> dispatch(Inbound in, String text, boolean addressed, boolean meetBotLine, Outcome[] outcome) {
        Optional<Heard> heard = hear(in);
        if (heard.isEmpty()) {
            return Optional.empty();
        }
        Optional<Partnership> partnership = heard.get().partnership();
        Member asker = heard.get().asker();
        boolean meetingLive = heard.get().meetingLive();
        if (!addressed && !meetBotLine) {
            return Optional.empty();
        }
        if (text.isEmpty()) {
            outcome[0] = Outcome.REFUSED;
            return addressed ? Optional.of(errorReply("Say a command, or `help` to see them all.", null)) : Optional.empty();
        }
        Optional<MatchedCommand> matched = catalog.match(text);
        if (matched.isEmpty()) {
            if (!addressed) {
                // "#general is busy" said in the channel is talk, not a mistyped command.
                return Optional.empty();
            }
            if (meetingLive && !catalog.knowsVerb(text) && in.kind() == ConversationKind.CHANNEL) {
                return Optional.empty();
            }
            outcome[0] = Outcome.REFUSED;
            return Optional.of(unknown(text));
        }
        CommandSpec spec = matched.get().spec();
        String args = matched.get().args();
        if (spec.needsPartnership() && partnership.isEmpty()) {
            throw new UserError(in.kind() == ConversationKind.DIRECT
                    ? "I can't tell which partnership you mean: run this in the partnership's channel."
                    : "This conversation is not a partnership yet. An admin can bind it with `setup <name>`.");
        }
        if (asker != null && !spec.role().allows(asker)) {
            throw new UserError(refusal(spec, partnership.get()));
        }
        if (spec.arity() == Arity.NONE && !args.isEmpty()) {
            outcome[0] = Outcome.REFUSED;
            return Optional.of(unknown(text));
        }
        if (spec.arity() == Arity.REQUIRED && args.isEmpty()) {
            throw new UserError("`" + spec.words() + "` needs " + spec.argsHelp() + ".", spec);
        }
        Invocation invocation = new Invocation(spec, args, partnership.orElse(null), asker, in.speaker(),
                in.workspace(), in.conversationKey(), in.conversationRef(), clock.instant());
        Reply reply = spec.handler().handle(invocation);
        return reply.isEmpty() ? Optional.empty() : Optional.of(reply);
    }

    private Optional<Partnership> resolvePartnership(Inbound in) {
        if (in.partnershipId() != null) {
            Optional<Partnership> p = partnerships.findById(in.workspace(), in.partnershipId());
            if (p.isEmpty()) {
                throw new UserError("That partnership is not in this workspace.");
            }
            return p;
        }
        Optional<Partnership> bound = partnerships.findByConversation(in.workspace(), in.conversationKey());
        if (bound.isPresent() || in.kind() != ConversationKind.DIRECT) {
            return bound;
        }
        List<Partnership> mine = partnerships.forUser(in.workspace(), in.speaker().userKey());
        return mine.size() == 1 ? Optional.of(mine.get(0)) : Optional.empty();
    }

    private String refusal(CommandSpec spec, Partnership p) {
        List<Member> all = members.list(p.id());
        List<String> chairs = all.stream().filter(Member::chair).map(Member::displayName).toList();
        List<String> admins = all.stream().filter(Member::admin).map(Member::displayName).toList();
        String who = switch (spec.role()) {
            case ADMIN -> "admins (" + String.join(", ", admins) + ")";
            case CHAIR -> "chairs (" + (chairs.isEmpty() ? "none yet" : String.join(", ", chairs))
                    + ") and admins (" + String.join(", ", admins) + ")";
            case MEMBER -> "anyone";
        };
        return "Only " + who + " can run `" + spec.words() + "`.";
    }

    private Reply unknown(String text) {
        String verb = text.split("\\s+")[0];
        List<CommandSpec> family = catalog.family(verb);
        if (!family.isEmpty()) {
            return errorReply("I don't understand `" + CommandText.lower(abbreviate(text)) + "`.", null, family);
        }
        Optional<CommandSpec> closest = catalog.closest(text);
        return closest.map(spec -> errorReply("I don't know `" + abbreviate(verb) + "`. Did you mean:", spec))
                .orElseGet(() -> errorReply("I don't know `" + abbreviate(verb) + "`. Type `help` to see what I can do.", null));
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 57) + "…" : one;
    }

    private Reply errorReply(String message, CommandSpec helpFor) {
        return errorReply(message, helpFor, helpFor == null ? List.of() : List.of(helpFor));
    }

    private Reply errorReply(String message, CommandSpec helpFor, List<CommandSpec> help) {
        Reply.Builder b = Reply.asker().text(message);
        help.forEach(s -> b.note(Line.builder().code(s.usage()).text(" — " + s.summary()).build()));
        return b.build();
    }
}

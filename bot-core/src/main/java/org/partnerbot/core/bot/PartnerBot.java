package org.partnerbot.core.bot;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.partnerbot.core.command.CommandCatalog;
import org.partnerbot.core.command.CommandText;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.intake.Intake;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.transaction.Transactions;
import org.partnerbot.core.welcome.Joining;
import org.partnerbot.core.welcome.Welcomes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single entry point every platform calls. An input is taken in ({@link Intake}: de-duplication, partnership,
 * speaker), routed to its command with the role checks ({@link CommandRouter}), and run as one transaction; a
 * refusal or failure becomes one clear line ({@link Refusals}); each input is logged and measured
 * ({@link Observation}). Whatever the bot then has to send unasked (a pairing round's messages, a welcome) is
 * already in the outbox, and is sent as soon as the transaction committed.
 */
public final class PartnerBot {

    public static final int MAX_TEXT = 2000;
    /** Logging context keys set while an input is handled (config's logback pattern prints them). */
    public static final String MDC_WORKSPACE = Intake.MDC_WORKSPACE;
    public static final String MDC_PARTNERSHIP = Intake.MDC_PARTNERSHIP;
    private static final Logger log = LoggerFactory.getLogger(PartnerBot.class);

    private final CommandCatalog catalog;
    private final Transactions transactions;
    private final Intake intake;
    private final Welcomes welcomes;
    private final Refusals refusals;
    private final CommandRouter router;
    private final Observation observation;
    private final Runnable sendWaiting;
    private final Partnerships partnerships;

    /**
     * @param sendWaiting sends what the outbox holds now (called after each input's transaction committed)
     */
    public PartnerBot(CommandCatalog catalog, Transactions transactions, Intake intake, Partnerships partnerships,
                      Members members, Welcomes welcomes, Runnable sendWaiting, Clock clock) {
        this.catalog = catalog;
        this.transactions = transactions;
        this.partnerships = partnerships;
        this.intake = intake;
        this.welcomes = welcomes;
        this.refusals = new Refusals(catalog);
        this.router = new CommandRouter(catalog, members, refusals, clock);
        this.observation = new Observation(catalog);
        this.sendWaiting = sendWaiting;
    }

    public CommandCatalog catalog() {
        return catalog;
    }

    /** Adds an observer of every handled input (metrics); observers never change the outcome. */
    public void observe(CommandObserver observer) {
        observation.add(observer);
    }

    /**
     * Handles one input; empty when the bot has nothing to say (chatter during a meeting, unaddressed talk).
     * While it runs, the logging context (MDC) carries {@code workspace} and {@code partnership}; the one INFO line
     * per answered input names the command from the grammar, never the text.
     */
    public Optional<Reply> handle(Inbound in) {
        String text = CommandText.normalise(in.text());
        Handled handled = observation.around(in, text, () -> answer(in, text));
        sendWaiting.run();
        return handled.reply();
    }

    /** A person joined a conversation: if it is a partnership's channel, they are welcomed by direct message. */
    public boolean joined(Joining joining) {
        boolean welcomed = welcomes.joined(joining);
        if (welcomed) {
            sendWaiting.run();
        }
        return welcomed;
    }

    /**
     * The bot itself was added to a conversation: true when it should introduce itself there (the first notice, and
     * the conversation is no partnership yet). What it says is the platform's: how to reach it differs.
     */
    public boolean added(String workspace, String conversationKey, String deliveryId) {
        return welcomes.botAdded(workspace, conversationKey, deliveryId);
    }

    /** The partnerships a person belongs to in a workspace, for surfaces outside any channel (Slack's App Home). */
    public List<Partnership> partnershipsOf(String workspace, String userKey) {
        return transactions.inTransaction(() -> partnerships.forUser(workspace, userKey));
    }

    /** A partnership of this workspace by id (empty for another workspace's), e.g. to post in its channel. */
    public Optional<Partnership> partnership(String workspace, long partnershipId) {
        return transactions.inTransaction(() -> partnerships.findById(workspace, partnershipId));
    }

    private Handled answer(Inbound in, String text) {
        CommandRouter.Said said = new CommandRouter.Said(in, text, in.addressed() || CommandText.isAddressed(in.text()),
                CommandText.isMeetBotLine(text));
        if (in.text().length() > MAX_TEXT && (said.addressed() || said.meetBotLine())) {
            return Handled.refused(refusals.tooLong(in.text().length(), MAX_TEXT));
        }
        try {
            return transactions.inTransaction(() -> intake.hear(in).map(heard -> {
                Handled handled = router.route(said, heard);
                intake.answered(in, handled.reply().orElseGet(Reply::silent));
                return handled;
            }).orElseGet(Handled::silent));
        } catch (UserError e) {
            Handled refused = Handled.refused(refusals.error(e.getMessage(), e.helpFor()));
            intake.keepWhatWasSaid(in, refused.reply().orElseThrow());
            return refused;
        } catch (RuntimeException e) {
            String ref = UUID.randomUUID().toString().substring(0, 8);
            log.error("command failed ref={} workspace={} conversation={}", ref, in.workspace(), in.conversationKey(), e);
            return Handled.failed(refusals.somethingWentWrong(ref));
        }
    }
}

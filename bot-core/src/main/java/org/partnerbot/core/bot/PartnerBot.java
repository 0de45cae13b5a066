package org.partnerbot.core.bot;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.partnerbot.core.access.Access;
import org.partnerbot.core.access.Leaving;
import org.partnerbot.core.audit.AuditEvent;
import org.partnerbot.core.audit.AuditLog;
import org.partnerbot.core.command.CommandCatalog;
import org.partnerbot.core.command.CommandText;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.intake.Intake;
import org.partnerbot.core.intake.Press;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.language.Readers;
import org.partnerbot.core.meetings.MeetingChairs;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.reply.ButtonValue;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Seal;
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
 * already in the outbox, and is sent as soon as the transaction committed. A button press comes in sealed and is
 * opened here ({@link #press}); who may see what is {@link Access}'s to say.
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
    private final Access access;
    private final Members members;
    private final AuditLog audit;
    private final Seal seal;
    private final Readers readers;
    private final Preparation preparation;

    /** What the core needs besides the grammar: its ports and services, as {@code wiring.CoreModule} builds them. */
    public record Parts(Transactions transactions, Intake intake, Partnerships partnerships, Members members,
                        Access access, AuditLog audit, Welcomes welcomes, Seal seal, MeetingChairs meetingChairs,
                        Readers readers) {

        public Parts(Transactions transactions, Intake intake, Partnerships partnerships, Members members,
                     Access access, AuditLog audit, Welcomes welcomes, Seal seal, MeetingChairs meetingChairs) {
            this(transactions, intake, partnerships, members, access, audit, welcomes, seal, meetingChairs,
                    Readers.english());
        }

        public Parts(Transactions transactions, Intake intake, Partnerships partnerships, Members members,
                     Access access, AuditLog audit, Welcomes welcomes, Seal seal) {
            this(transactions, intake, partnerships, members, access, audit, welcomes, seal, MeetingChairs.NONE);
        }
    }

    /**
     * @param sendWaiting sends what the outbox holds now (called after each input's transaction committed)
     */
    public PartnerBot(CommandCatalog catalog, Parts parts, Runnable sendWaiting, Clock clock) {
        this.catalog = catalog;
        this.transactions = parts.transactions();
        this.partnerships = parts.partnerships();
        this.access = parts.access();
        this.members = parts.members();
        this.audit = parts.audit();
        this.seal = parts.seal();
        this.intake = parts.intake();
        this.welcomes = parts.welcomes();
        this.refusals = new Refusals(catalog);
        this.readers = parts.readers();
        this.router = new CommandRouter(catalog, parts.members(), refusals, readers, clock, parts.meetingChairs());
        this.observation = new Observation(catalog);
        this.preparation = new Preparation(catalog, transactions, partnerships, members);
        this.sendWaiting = sendWaiting;
    }

    public CommandCatalog catalog() {
        return catalog;
    }

    /** The bot's seal: renderers seal every button value they draw with it; only {@link #press} opens one. */
    public Seal seal() {
        return seal;
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
        return handle(in, 0);
    }

    /** {@code from}: the part its reply starts at, when a "Show more" press asks for the rest of a long reply. */
    private Optional<Reply> handle(Inbound in, int from) {
        String text = CommandText.normalise(in.text());
        Handled handled = observation.around(in, text, () -> answer(in, text, from));
        sendWaiting.run();
        return handled.reply();
    }

    /**
     * A button was pressed: its value is opened with the bot's seal (a tampered, forged or foreign value is refused in
     * one line and changes nothing), then its command runs as if the presser had typed it where they pressed it, bound
     * to the button's partnership when it names one, and checked against the presser's membership now.
     */
    public Optional<Reply> press(Press p) {
        Optional<ButtonValue> value = seal.pressed(p.value());
        if (value.isEmpty()) {
            log.info("refused a button press whose value is not one of ours");
            return Optional.of(refusals.notOurButton(reader(p.workspace(), p.speaker())));
        }
        String typed = p.typed() == null ? "" : p.typed().strip();
        String command = typed.isEmpty() ? value.get().command() : value.get().command() + " " + typed;
        int from = value.get().from() == null ? 0 : value.get().from();
        return handle(new Inbound(p.workspace(), p.conversationKey(), p.conversationRef(), p.kind(), p.speaker(), command,
                true, value.get().partnershipId(), p.deliveryId()), from);
    }

    /**
     * A person left a conversation: if it is a partnership's channel, a membership through the channel ends now (an
     * admin-added one stands). Returns whether a membership ended.
     */
    public boolean left(Leaving leaving) {
        return transactions.inTransaction(() -> {
            if (!intake.firstTime(leaving.workspace(), leaving.deliveryId())) {
                return false;
            }
            Optional<Partnership> p = partnerships.findByConversation(leaving.workspace(), leaving.conversationKey());
            if (p.isEmpty()) {
                return false;
            }
            partnerships.lock(p.get().id());
            boolean ended = access.left(p.get(), leaving.userKey());
            if (ended) {
                audit.record(p.get().id(), null, members.findByUserKey(p.get().id(), leaving.userKey()).orElse(null),
                        AuditEvent.MEMBER_LEFT, "audit.detail.leftChannel");
            }
            return ended;
        });
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

    /**
     * The partnerships whose content a person may see outside their channels now, for surfaces such as Slack's App
     * Home: each membership checked with the platform, as every read outside the channel is.
     */
    public List<Partnership> partnershipsOf(String workspace, String userKey) {
        return transactions.inTransaction(() -> access.visibleTo(workspace, userKey));
    }

    /**
     * A partnership by id as this person reaches it from this workspace: the workspace's own, or one hosted elsewhere they
     * are a guest in (a Slack Connect channel), e.g. to post in its channel from their App Home.
     */
    public Optional<Partnership> partnership(String workspace, String userKey, long partnershipId) {
        return partnership(workspace, partnershipId).or(() -> transactions.inTransaction(() ->
                partnerships.forUser(workspace, userKey).stream().filter(p -> p.id() == partnershipId).findFirst()));
    }

    /**
     * The words of a person the bot answers outside a command (App Home, a platform's own notices): their chosen
     * language, else their platform's. Reads the database: not for an acknowledgement's path (see {@link #ackReader}).
     */
    public Texts readerOf(String workspace, org.partnerbot.core.command.Speaker speaker) {
        return reader(workspace, speaker);
    }

    /**
     * The words of the person a platform's acknowledgement answers (busy, a form's error), from what this process
     * already knows, with no database read: acks must be quick, and "busy" means the database is behind.
     *
     * @param locale what the platform says of the person, when it is at hand without a call (may be null)
     */
    public Texts ackReader(String workspace, String userKey, String locale) {
        return readers.known(workspace, userKey, locale);
    }

    /** The words of a post in a conversation that is no partnership yet (the bot's introduction when added). */
    public List<Texts> unboundChannelReaders() {
        return readers.unboundChannel();
    }

    /** Whether a partnership is bound to this conversation of this workspace. */
    public boolean bound(String workspace, String conversationKey) {
        return transactions.inTransaction(() -> partnerships.findByConversation(workspace, conversationKey)).isPresent();
    }

    /** A partnership of this workspace by id (empty for another workspace's), e.g. to post in its channel. */
    public Optional<Partnership> partnership(String workspace, long partnershipId) {
        return transactions.inTransaction(() -> partnerships.findById(workspace, partnershipId));
    }

    private Handled answer(Inbound in, String text, int from) {
        CommandRouter.Said spoken = new CommandRouter.Said(in, text, in.addressed() || CommandText.isAddressed(in.text()),
                CommandText.isMeetBotLine(text));
        if (in.text().length() > MAX_TEXT && (spoken.addressed() || spoken.meetBotLine())) {
            return Handled.refused(refusals.tooLong(reader(in.workspace(), in.speaker()), in.text().length(), MAX_TEXT));
        }
        // A slow command's reads and computation happen here, before the transaction and its partnership lock.
        CommandRouter.Said said = new CommandRouter.Said(in, text, spoken.addressed(), spoken.meetBotLine(),
                preparation.before(spoken));
        try {
            return transactions.inTransaction(() -> intake.hear(in).map(heard -> {
                Handled handled = router.route(said, heard).from(from);
                intake.answered(in, handled.reply().orElseGet(Reply::silent));
                return handled;
            }).orElseGet(Handled::silent));
        } catch (UserError e) {
            Texts reader = reader(in.workspace(), in.speaker());
            Handled refused = Handled.refused(refusals.error(reader, e.text(reader), e.helpFor()));
            intake.keepWhatWasSaid(in, refused.reply().orElseThrow());
            return refused;
        } catch (RuntimeException e) {
            String ref = UUID.randomUUID().toString().substring(0, 8);
            log.error("command failed ref={} workspace={} conversation={}", ref, in.workspace(), in.conversationKey(), e);
            return Handled.failed(refusals.somethingWentWrong(reader(in.workspace(), in.speaker()), ref));
        }
    }

    /** The language of whoever spoke, for an answer written outside the command's own transaction. */
    private Texts reader(String workspace, org.partnerbot.core.command.Speaker speaker) {
        try {
            return transactions.inTransaction(() -> readers.speaking(workspace, speaker.userKey(), speaker.locale()));
        } catch (RuntimeException e) {
            // The database may be what failed: the language this process last wrote to them in, or their platform's.
            return readers.known(workspace, speaker.userKey(), speaker.locale());
        }
    }
}

package org.partnerbot.core.wiring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnerbot.core.access.Access;
import org.partnerbot.core.access.AccessCommands;
import org.partnerbot.core.access.Rosters;
import org.partnerbot.core.actions.ActionCommands;
import org.partnerbot.core.actions.Actions;
import org.partnerbot.core.actions.ActionsView;
import org.partnerbot.core.agenda.AgendaCommands;
import org.partnerbot.core.agenda.AgendaItems;
import org.partnerbot.core.agenda.AgendaView;
import org.partnerbot.core.audit.AuditCommands;
import org.partnerbot.core.audit.AuditLog;
import org.partnerbot.core.bot.PartnerBot;
import org.partnerbot.core.command.CommandCatalog;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.duties.Duties;
import org.partnerbot.core.duties.DutiesView;
import org.partnerbot.core.duties.DutyCommands;
import org.partnerbot.core.erasure.ForgetCommands;
import org.partnerbot.core.help.HelpCommands;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Messages;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.intake.Inbox;
import org.partnerbot.core.language.LanguageCommands;
import org.partnerbot.core.language.Readers;
import org.partnerbot.core.intake.InboxWorkers;
import org.partnerbot.core.intake.Intake;
import org.partnerbot.core.meetings.CarryOverHook;
import org.partnerbot.core.meetings.LinesSaid;
import org.partnerbot.core.meetings.MeetingChairs;
import org.partnerbot.core.meetings.OfficialRecord;
import org.partnerbot.core.meetings.RecordCommands;
import org.partnerbot.core.meetings.RecordHook;
import org.partnerbot.core.meetings.VoteCommands;
import org.partnerbot.core.meetings.MattersArisingHook;
import org.partnerbot.core.meetings.DraftMinutesDistribution;
import org.partnerbot.core.meetings.MinutesDueReminder;
import org.partnerbot.core.meetings.AgencyRoundHook;
import org.partnerbot.core.meetings.RoundCommands;
import org.partnerbot.core.meetings.MeetingCommands;
import org.partnerbot.core.meetings.MeetingHook;
import org.partnerbot.core.meetings.Meetings;
import org.partnerbot.core.meetings.MinutesExportCommands;
import org.partnerbot.core.meetings.MinutesView;
import org.partnerbot.core.membership.PartnershipCommands;
import org.partnerbot.core.messaging.ConversationReferences;
import org.partnerbot.core.mydata.MyDataCommands;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.outbox.Composer;
import org.partnerbot.core.outbox.Composers;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.Outbox;
import org.partnerbot.core.outbox.OutboxDispatcher;
import org.partnerbot.core.outbox.OutboxTargets;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Seal;
import org.partnerbot.core.retention.RetentionCommands;
import org.partnerbot.core.retention.RetentionPolicies;
import org.partnerbot.core.retention.RetentionSweep;
import org.partnerbot.core.signing.HmacSeal;
import org.partnerbot.core.store.Database;
import org.partnerbot.core.store.Jdbc;
import org.partnerbot.core.store.JdbcTransactions;
import org.partnerbot.core.store.actions.JdbcActions;
import org.partnerbot.core.store.audit.JdbcAuditLog;
import org.partnerbot.core.store.erasure.JdbcErasure;
import org.partnerbot.core.store.mydata.JdbcPersonalData;
import org.partnerbot.core.store.retention.JdbcRetentionPolicies;
import org.partnerbot.core.store.signing.JdbcSigningKeys;
import org.partnerbot.core.store.agenda.JdbcAgendaItems;
import org.partnerbot.core.store.duties.JdbcDuties;
import org.partnerbot.core.store.intake.JdbcInbox;
import org.partnerbot.core.store.language.JdbcLanguages;
import org.partnerbot.core.store.meetings.JdbcMeetings;
import org.partnerbot.core.store.meetings.JdbcOfficialRecord;
import org.partnerbot.core.store.messaging.JdbcConversationReferences;
import org.partnerbot.core.store.messaging.JdbcInstallations;
import org.partnerbot.core.messaging.Installation;
import org.partnerbot.core.messaging.Installations;
import org.partnerbot.core.store.outbox.JdbcOutbox;
import org.partnerbot.core.store.outbox.JdbcOutboxTargets;
import org.partnerbot.core.store.partnership.JdbcAgencies;
import org.partnerbot.core.store.partnership.JdbcAgencyRemoval;
import org.partnerbot.core.store.partnership.JdbcMembers;
import org.partnerbot.core.store.partnership.JdbcPartnerships;
import org.partnerbot.core.transaction.Transactions;
import org.partnerbot.core.welcome.WelcomeComposer;
import org.partnerbot.core.welcome.Welcomes;

/**
 * Builds the core on a database: the partnership, agenda, duties, actions, meetings and help commands, intake, the
 * welcome and the outbox every unprompted message goes through. Other capabilities ({@link ScheduleModule},
 * {@link TeamBuildingModule}) add their command sets, meeting hooks and outbox composers before {@link #bot()};
 * {@link #sendThrough} names the platforms' messenger once it exists.
 */
public final class CoreModule implements AutoCloseable {

    private final Database database;
    private final Clock clock;
    private final JdbcTransactions transactions;
    private final Jdbc jdbc;
    private final Partnerships partnerships;
    private final Agencies agencies;
    private final Members members;
    private final AgendaItems agendaItems;
    private final Duties duties;
    private final Actions actions;
    private final Meetings meetings;
    private final Inbox inbox;
    private final InboxWorkers inboxWorkers;
    private final Outbox outbox;
    private final OutboxTargets outboxTargets;
    private final Composers composers;
    private final OutboxDispatcher dispatcher;
    private final AgendaView agendaView;
    private final DutiesView dutiesView = new DutiesView();
    private final ActionsView actionsView = new ActionsView();
    private final List<CommandSet> extraCommands = new ArrayList<>();
    private final List<MeetingHook> hooks = new ArrayList<>();
    private final Rosters rosters = new Rosters();
    private final AuditLog audit;
    private final Access access;
    private final RetentionPolicies retention;
    private final RetentionSweep retentionSweep;
    private final Seal seal;
    private final Readers readers;
    private final JdbcOfficialRecord officialRecord;
    private PartnerBot bot;

    public CoreModule(Database database, Clock clock) {
        this(database, clock, IcuMessages.standard());
    }

    /**
     * @param messages the words every reply is written with: the bot's bundles in production; a test may watch which
     *                 messages a conversation used (the same scenario in English and Welsh must use the same ones)
     */
    public CoreModule(Database database, Clock clock, Messages messages) {
        this.database = database;
        this.clock = clock;
        this.transactions = new JdbcTransactions(database.dataSource());
        this.jdbc = new Jdbc(transactions);
        this.partnerships = new JdbcPartnerships(jdbc, clock);
        this.agencies = new JdbcAgencies(jdbc, clock);
        this.members = new JdbcMembers(jdbc, clock);
        this.agendaItems = new JdbcAgendaItems(jdbc, clock);
        this.duties = new JdbcDuties(jdbc, clock);
        this.actions = new JdbcActions(jdbc, clock);
        this.meetings = new JdbcMeetings(jdbc, clock);
        this.inbox = new JdbcInbox(jdbc, clock);
        this.inboxWorkers = new InboxWorkers(transactions, inbox, clock, database.soleProcess());
        this.outbox = new JdbcOutbox(jdbc, clock);
        this.outboxTargets = new JdbcOutboxTargets(jdbc, partnerships);
        this.audit = new JdbcAuditLog(jdbc, clock);
        this.access = new Access(members, partnerships, duties, rosters, agencies);
        this.retention = new JdbcRetentionPolicies(jdbc, clock);
        this.retentionSweep = new RetentionSweep(transactions, retention, audit);
        this.seal = HmacSeal.fromStore(transactions, new JdbcSigningKeys(jdbc, clock));
        this.readers = new Readers(new JdbcLanguages(jdbc), messages);
        // A message to a person goes only while they are a member (a welcome also while they wait for approval).
        this.composers = new Composers(outboxTargets,
                (p, r, kind) -> access.mayReceive(p, r.userKey(), kind == MessageKind.WELCOME));
        this.dispatcher = new OutboxDispatcher(transactions, outbox, composers, clock);
        this.agendaView = new AgendaView(agendaItems);
        this.officialRecord = new JdbcOfficialRecord(jdbc, clock);
        composers.add(new WelcomeComposer(agencies, members, readers));
    }

    public static CoreModule open(String url, String user, String password, Clock clock) {
        return new CoreModule(Database.open(url, user, password), clock);
    }

    /** Where unprompted messages go (every platform's adapter, routed by workspace); until set, they wait. */
    public CoreModule sendThrough(Messenger messenger) {
        dispatcher.sendThrough(messenger);
        return this;
    }

    public CoreModule addCommands(CommandSet set) {
        requireNotBuilt();
        extraCommands.add(set);
        return this;
    }

    public CoreModule addMeetingHook(MeetingHook hook) {
        requireNotBuilt();
        hooks.add(hook);
        return this;
    }

    /** Who writes the capability's unprompted messages when they go out. */
    public CoreModule addComposer(Composer composer) {
        composers.add(composer);
        return this;
    }

    /** The bot with every command added so far; built once. */
    public synchronized PartnerBot bot() {
        if (bot == null) {
            // After the other capabilities' hooks: a meeting opens with its icebreaker, then the actions to review.
            hooks.add(new RecordHook(meetings, officialRecord, agencies, members));
            hooks.add(new AgencyRoundHook(meetings, officialRecord));
            hooks.add(new MattersArisingHook(meetings, actions));
            DraftMinutesDistribution distribution = new DraftMinutesDistribution(meetings, officialRecord, officialRecord,
                    agencies, outbox, this::minutesView, readers);
            hooks.add(distribution);
            composers.add(distribution);
            MinutesDueReminder minutesDue = new MinutesDueReminder(officialRecord, meetings, members, outbox, readers);
            hooks.add(minutesDue);
            composers.add(minutesDue);
            hooks.add(new CarryOverHook(actions, actionsView));
            List<CommandSet> sets = new ArrayList<>(List.of(
                    new PartnershipCommands(partnerships, agencies, members, new JdbcAgencyRemoval(jdbc), access, audit,
                            officialRecord),
                    new AccessCommands(access, members, audit),
                    new AgendaCommands(agendaItems, agendaView),
                    new DutyCommands(duties, dutiesView),
                    new ActionCommands(actions, members, agencies, actionsView, access),
                    new MeetingCommands(meetings, agendaItems, agendaView, actions, agencies, minutesView(), hooks, access,
                            audit),
                    new MinutesExportCommands(meetings, this::minutesView, audit,
                            id -> officialRecord.rules(id).classification()),
                    new RecordCommands(meetings, officialRecord, officialRecord, agencies, access, MeetingChairs.of(meetings)),
                    new RoundCommands(meetings, officialRecord, agencies),
                    new VoteCommands(meetings, officialRecord, agencies),
                    new MyDataCommands(new JdbcPersonalData(jdbc), members, audit),
                    new ForgetCommands(members, partnerships, new JdbcErasure(jdbc), audit),
                    new RetentionCommands(retention, audit),
                    new AuditCommands(audit),
                    new LanguageCommands(readers)));
            sets.addAll(extraCommands);
            sets.add(new HelpCommands(new CommandCatalog(List.copyOf(sets))));
            CommandCatalog catalog = new CommandCatalog(sets);
            Intake intake = new Intake(transactions, inbox, partnerships, access,
                    new LinesSaid(meetings, text -> catalog.match(text).isPresent()), clock);
            Welcomes welcomes = new Welcomes(transactions, intake, partnerships, access, outbox, clock);
            bot = new PartnerBot(catalog, new PartnerBot.Parts(transactions, intake, partnerships, members,
                    access, audit, welcomes, seal, MeetingChairs.of(meetings), readers), dispatcher::sendSoon, clock);
        }
        return bot;
    }

    /** The platforms' rosters: each adapter registers its own, so membership is checked where the platform can say. */
    public Rosters rosters() {
        return rosters;
    }

    /** Who may see what: the one place every read outside a channel asks. */
    public Access access() {
        return access;
    }

    public AuditLog audit() {
        return audit;
    }

    /** The daily retention job; the schedule's sweep runs it. */
    public RetentionSweep retentionSweep() {
        return retentionSweep;
    }

    /** A partnership's retention policy in one line in {@code t}'s words, as `retention` says it (the report shows it too). */
    public Line retentionLine(Texts t, long partnershipId) {
        return transactions.inTransaction(() -> RetentionCommands.policyLine(t, retention.years(partnershipId)));
    }

    /** Who reads which language: each person's, each channel's (composers of unprompted messages ask it). */
    public Readers readers() {
        return readers;
    }

    /** The official record's rules, roll, approval and amendments (exports, the report and the dashboard read it). */
    public OfficialRecord officialRecord() {
        return officialRecord;
    }

    /** How many of the latest meetings in a row were inquorate, as `report` says it. */
    public Line inquorateLine(Texts t, long partnershipId) {
        return transactions.inTransaction(() -> {
            int n = officialRecord.inquorateInARow(partnershipId);
            return Line.of(n == 0 ? t.t("report.quorum.quorate") : t.t("report.quorum.inquorate", n));
        });
    }

    /** The bot's seal on button values (its key is in the database, shared by every node). */
    public Seal seal() {
        return seal;
    }

    /** Minutes as meetings show them, with every meeting hook added so far (exports and digests reuse it). */
    public MinutesView minutesView() {
        return new MinutesView(meetings, actions, members, agencies, actionsView, hooks, officialRecord, readers.messages());
    }

    private void requireNotBuilt() {
        if (bot != null) {
            throw new IllegalStateException("the bot is already built; add commands and hooks before bot()");
        }
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    /** The JDBC helper on the core's transactions, for the repositories of other capabilities. */
    public Jdbc jdbc() {
        return jdbc;
    }

    public Transactions transactions() {
        return transactions;
    }

    /**
     * The durable inbox at work: adapters record every accepted input with it before they acknowledge the platform,
     * and register the work of their platform; the launcher starts (and last of all stops) its workers.
     */
    public InboxWorkers inbox() {
        return inboxWorkers;
    }

    /** The outbox itself: what waits to be sent, and what was. */
    public Outbox outbox() {
        return outbox;
    }

    /** Sends what waits in the outbox: rounds from the timers, {@link OutboxDispatcher#sendSoon} after each input. */
    public OutboxDispatcher dispatcher() {
        return dispatcher;
    }

    /** Partnerships by id across workspaces, for what timers and the outbox reach. */
    public OutboxTargets outboxTargets() {
        return outboxTargets;
    }

    /** Where the bot is installed through an install link; every call runs in (or joins) its own transaction. */
    public Installations installations() {
        JdbcInstallations store = new JdbcInstallations(jdbc);
        return new Installations() {
            @Override
            public void save(Installation installation) {
                transactions.run(() -> store.save(installation));
            }

            @Override
            public Optional<Installation> find(String platform, String enterpriseId, String teamId) {
                return transactions.inTransaction(() -> store.find(platform, enterpriseId, teamId));
            }

            @Override
            public boolean remove(String platform, String enterpriseId, String teamId) {
                return transactions.inTransaction(() -> store.remove(platform, enterpriseId, teamId));
            }

            @Override
            public void issueState(String state, java.time.Instant expiresAt) {
                transactions.run(() -> store.issueState(state, expiresAt));
            }

            @Override
            public boolean stateAvailable(String state, java.time.Instant now) {
                return transactions.inTransaction(() -> store.stateAvailable(state, now));
            }

            @Override
            public boolean takeState(String state, java.time.Instant now) {
                return transactions.inTransaction(() -> store.takeState(state, now));
            }
        };
    }

    /** Adapters' stored references; every call runs in (or joins) its own transaction. */
    public ConversationReferences conversationReferences() {
        JdbcConversationReferences refs = new JdbcConversationReferences(jdbc, clock);
        return new ConversationReferences() {
            @Override
            public void save(String workspace, String key, String reference) {
                transactions.run(() -> refs.save(workspace, key, reference));
            }

            @Override
            public Optional<String> findActive(String workspace, String key) {
                return transactions.inTransaction(() -> refs.findActive(workspace, key));
            }

            @Override
            public void deactivate(String workspace, String key) {
                transactions.run(() -> refs.deactivate(workspace, key));
            }
        };
    }

    public Partnerships partnerships() {
        return partnerships;
    }

    public Agencies agencies() {
        return agencies;
    }

    public Members members() {
        return members;
    }

    public AgendaItems agendaItems() {
        return agendaItems;
    }

    public Duties duties() {
        return duties;
    }

    public Actions actions() {
        return actions;
    }

    public Meetings meetings() {
        return meetings;
    }

    public AgendaView agendaView() {
        return agendaView;
    }

    public DutiesView dutiesView() {
        return dutiesView;
    }

    public ActionsView actionsView() {
        return actionsView;
    }

    @Override
    public void close() {
        inboxWorkers.close();
        database.close();
    }
}

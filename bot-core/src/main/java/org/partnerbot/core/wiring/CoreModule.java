package org.partnerbot.core.wiring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.actions.ActionCommands;
import org.partnerbot.core.actions.Actions;
import org.partnerbot.core.actions.ActionsView;
import org.partnerbot.core.agenda.AgendaCommands;
import org.partnerbot.core.agenda.AgendaItems;
import org.partnerbot.core.agenda.AgendaView;
import org.partnerbot.core.bot.PartnerBot;
import org.partnerbot.core.transaction.Transactions;
import org.partnerbot.core.command.CommandCatalog;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.duties.Duties;
import org.partnerbot.core.duties.DutiesView;
import org.partnerbot.core.duties.DutyCommands;
import org.partnerbot.core.help.HelpCommands;
import org.partnerbot.core.store.Database;
import org.partnerbot.core.wiring.JdbcRepositories;
import org.partnerbot.core.meetings.LinesSaid;
import org.partnerbot.core.meetings.MeetingCommands;
import org.partnerbot.core.meetings.MeetingHook;
import org.partnerbot.core.meetings.Meetings;
import org.partnerbot.core.meetings.MinutesView;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.membership.PartnershipCommands;
import org.partnerbot.core.partnership.Partnerships;

/**
 * Builds the core on a database: repositories, views, command sets and the bot. Other capabilities
 * (schedule, reminders, team building) add their command sets and meeting hooks before {@link #bot()}.
 */
public final class CoreModule implements AutoCloseable {

    private final Database database;
    private final Clock clock;
    private final JdbcRepositories repositories;
    private final Partnerships partnerships;
    private final Agencies agencies;
    private final Members members;
    private final AgendaItems agendaItems;
    private final Duties duties;
    private final Actions actions;
    private final Meetings meetings;
    private final AgendaView agendaView;
    private final DutiesView dutiesView = new DutiesView();
    private final ActionsView actionsView = new ActionsView();
    private final List<CommandSet> extraCommands = new ArrayList<>();
    private final List<MeetingHook> hooks = new ArrayList<>();
    private PartnerBot bot;

    public CoreModule(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.repositories = new JdbcRepositories(database, clock);
        this.partnerships = repositories.partnerships();
        this.agencies = repositories.agencies();
        this.members = repositories.members();
        this.agendaItems = repositories.agendaItems();
        this.duties = repositories.duties();
        this.actions = repositories.actions();
        this.meetings = repositories.meetings();
        this.agendaView = new AgendaView(agendaItems);
    }

    public static CoreModule open(String url, String user, String password, Clock clock) {
        return new CoreModule(Database.open(url, user, password), clock);
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

    /** The bot with every command added so far; built once. */
    public synchronized PartnerBot bot() {
        if (bot == null) {
            MinutesView minutesView = minutesView();
            List<CommandSet> sets = new ArrayList<>(List.of(
                    new PartnershipCommands(partnerships, agencies, members, repositories.agencyRemoval()),
                    new AgendaCommands(agendaItems, agendaView),
                    new DutyCommands(duties, dutiesView),
                    new ActionCommands(actions, members, agencies, actionsView),
                    new MeetingCommands(meetings, agendaItems, agendaView, actions, agencies, members, minutesView, hooks)));
            sets.addAll(extraCommands);
            CommandCatalog[] holder = new CommandCatalog[1];
            sets.add(new HelpCommands(() -> holder[0]));
            holder[0] = new CommandCatalog(sets);
            bot = new PartnerBot(holder[0], transactions(), partnerships, members, new LinesSaid(meetings),
                    repositories.deliveryLog(), clock);
        }
        return bot;
    }

    /** Minutes as meetings show them, with every meeting hook added so far (exports and digests reuse it). */
    public MinutesView minutesView() {
        return new MinutesView(meetings, actions, members, agencies, actionsView, hooks);
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

    public JdbcRepositories repositories() {
        return repositories;
    }

    public Transactions transactions() {
        return repositories.transactions();
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
        database.close();
    }
}

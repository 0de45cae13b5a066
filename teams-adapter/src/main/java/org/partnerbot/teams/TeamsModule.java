package org.partnerbot.teams;

import java.time.Clock;
import org.partnerbot.core.access.ChannelRoster;
import org.partnerbot.core.intake.InboxWorkers;
import org.partnerbot.core.bot.PartnerBot;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.messaging.ConversationReferences;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.teams.connector.ReferenceStore;
import org.partnerbot.teams.connector.SdkAdapter;
import org.partnerbot.teams.connector.TeamsRoster;
import org.partnerbot.teams.http.MessagesEndpoint;
import org.partnerbot.teams.intake.ActivityWork;
import org.partnerbot.teams.outbound.RetryPolicy;
import org.partnerbot.teams.outbound.Sleeper;
import org.partnerbot.teams.outbound.TeamsMessenger;
import org.partnerbot.teams.turn.TeamsTurn;

/**
 * The Teams adapter as the launcher sees it: an HTTP handler for {@value MessagesEndpoint#PATH} and a
 * {@link Messenger} for {@code teams:} workspaces. No Bot Framework type crosses this boundary.
 */
public final class TeamsModule {

    public static final String PATH = MessagesEndpoint.PATH;
    /** The workspace prefix this adapter serves, for the routing messenger. */
    public static final String PLATFORM = "teams";

    private final MessagesEndpoint endpoint;
    private final Messenger messenger;
    private final ChannelRoster roster;

    private TeamsModule(MessagesEndpoint endpoint, Messenger messenger, ChannelRoster roster) {
        this.endpoint = endpoint;
        this.messenger = messenger;
        this.roster = roster;
    }

    public static TeamsModule create(TeamsSettings settings, PartnerBot bot, ConversationReferences references,
                                     InboxWorkers inbox) {
        return create(settings, bot, references, inbox, RetryPolicy.standard(), Sleeper.REAL);
    }

    /** Registers Teams' work with the inbox (the launcher starts its workers). */
    public static TeamsModule create(TeamsSettings settings, PartnerBot bot, ConversationReferences references,
                                     InboxWorkers inbox, RetryPolicy retryPolicy, Sleeper sleeper) {
        String problem = settings.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        SdkAdapter adapter = new SdkAdapter(settings);
        ReferenceStore store = new ReferenceStore(references);
        TeamsMessenger messenger = new TeamsMessenger(adapter, store, retryPolicy, sleeper, bot.seal());
        TeamsRoster roster = new TeamsRoster(adapter, store, Clock.systemUTC());
        TeamsTurn turn = new TeamsTurn(bot, store, roster,
                (workspace, user, name, reply) -> messenger.send(Destination.person(workspace, user, name), reply));
        inbox.register(PLATFORM, new ActivityWork(adapter, turn));
        return new TeamsModule(new MessagesEndpoint(adapter, turn, inbox, settings.isAnonymous(), settings.tenants()),
                messenger, roster);
    }

    /** The endpoint of {@value MessagesEndpoint#PATH}, for the launcher's listener. */
    public MessagesEndpoint endpoint() {
        return endpoint;
    }

    public Messenger messenger() {
        return messenger;
    }

    /** Who is in a partnership's Teams conversation, for the core's membership checks (register it under {@code teams}). */
    public ChannelRoster roster() {
        return roster;
    }
}

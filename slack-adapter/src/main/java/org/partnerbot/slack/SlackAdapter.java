package org.partnerbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.MultiTeamsAuthorization;
import com.slack.api.bolt.middleware.builtin.SingleTeamAuthorization;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.util.http.SlackHttpClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnerbot.core.access.ChannelRoster;
import org.partnerbot.core.bot.PartnerBot;
import org.partnerbot.core.intake.InboxWorkers;
import org.partnerbot.core.messaging.ConversationReferences;
import org.partnerbot.core.messaging.Installations;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.slack.home.AppHome;
import org.partnerbot.slack.identity.Organisations;
import org.partnerbot.slack.identity.SharedChannels;
import org.partnerbot.slack.identity.SlackRoster;
import org.partnerbot.slack.identity.UserDirectory;
import org.partnerbot.slack.inbound.AckTexts;
import org.partnerbot.slack.inbound.Dispatcher;
import org.partnerbot.slack.inbound.Events;
import org.partnerbot.slack.inbound.Interactions;
import org.partnerbot.slack.inbound.Replies;
import org.partnerbot.slack.inbound.Sharing;
import org.partnerbot.slack.inbound.SlashCommands;
import org.partnerbot.slack.inbound.SlackInbox;
import org.partnerbot.slack.inbound.Welcome;
import org.partnerbot.slack.transport.InstalledWorkspaces;
import org.partnerbot.slack.install.DatabaseInstallationService;
import org.partnerbot.slack.install.DatabaseOAuthStateService;
import org.partnerbot.slack.install.InstallEndpoint;
import org.partnerbot.slack.install.InstallPages;
import org.partnerbot.slack.install.InstalledCredentials;
import org.partnerbot.slack.install.SlackOAuth;
import org.partnerbot.slack.install.Uninstalls;
import org.partnerbot.slack.outbound.BotIdentity;
import org.partnerbot.slack.outbound.Credentials;
import org.partnerbot.slack.outbound.CurrentWorkspace;
import org.partnerbot.slack.outbound.Pause;
import org.partnerbot.slack.outbound.RateLimitListener;
import org.partnerbot.slack.outbound.SlackCalls;
import org.partnerbot.slack.outbound.SlackMessenger;
import org.partnerbot.slack.text.Workspaces;
import org.partnerbot.slack.transport.EventsEndpoint;
import org.partnerbot.slack.transport.SocketModeConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Partnerbot in one Slack workspace: a Bolt app whose handlers only record the input in the durable inbox and ack
 * (Slack wants an answer within 3 s), served over Socket Mode and/or the HTTP Events API; the inbox's workers do the
 * rest. Plus the {@link Messenger} the reminders use.
 */
public final class SlackAdapter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);

    private final Slack slack;
    /** The client the reminder outbox posts through: see {@link #onlyEverSendingOnce}. */
    private final Slack outbox;
    private final App app;
    private final SlackMessenger messenger;
    private final String workspace;
    private final EventsEndpoint endpoint;
    private SocketModeConnection socketMode;
    private InstallEndpoint install;

    /**
     * Test seams: the clock for signatures and caches, and how rate-limit waits are taken; {@code rateLimits} hears
     * of every wait Slack's "rate limited" answers cause (the launcher counts them).
     */
    /**
     * @param webApiTimeout how long to wait for Slack to answer a Web API call; a post that times out may still have
     *                      arrived, which the reminder outbox checks before posting it again
     */
    /**
     * @param alsoInstalledIn workspace keys served besides the bot token's own (tests of isolation between
     *                        workspaces; one token serves one workspace)
     */
    public record Options(Clock clock, Pause pause, int workers, RateLimitListener rateLimits, Duration webApiTimeout,
                          Set<String> alsoInstalledIn) {
        public static final Duration WEB_API_TIMEOUT = Duration.ofSeconds(10);

        public Options {
            alsoInstalledIn = Set.copyOf(alsoInstalledIn);
        }

        public Options(Clock clock, Pause pause, int workers) {
            this(clock, pause, workers, RateLimitListener.NONE, WEB_API_TIMEOUT, Set.of());
        }

        public static Options defaults() {
            return new Options(Clock.systemUTC(), Pause.real(), 4);
        }

        public Options withRateLimitListener(RateLimitListener listener) {
            return new Options(clock, pause, workers, listener, webApiTimeout, alsoInstalledIn);
        }

        public Options withWebApiTimeout(Duration timeout) {
            return new Options(clock, pause, workers, rateLimits, timeout, alsoInstalledIn);
        }

        public Options alsoInstalledIn(String... workspaces) {
            return new Options(clock, pause, workers, rateLimits, webApiTimeout, Set.of(workspaces));
        }
    }

    private final SlackRoster roster;

    private SlackAdapter(Slack slack, Slack outbox, App app, SlackMessenger messenger, String workspace,
                         EventsEndpoint endpoint, SlackRoster roster) {
        this.roster = roster;
        this.slack = slack;
        this.outbox = outbox;
        this.app = app;
        this.messenger = messenger;
        this.workspace = workspace;
        this.endpoint = endpoint;
    }

    /**
     * Checks the bot token with {@code auth.test} (a wrong token stops start-up with a clear message rather than
     * failing every request), builds the Bolt app, registers Slack's work with the inbox, and connects Socket Mode when
     * an app token is set. The launcher starts the inbox's workers.
     */
    public static SlackAdapter start(SlackSettings settings, PartnerBot bot, ConversationReferences references,
                                     InboxWorkers inbox, Options options) {
        return start(connect(settings, options), bot, references, inbox);
    }

    /**
     * The part of {@link #start} that needs neither the bot nor the database: the Web API client, and the bot token
     * checked with {@code auth.test}. The launcher runs it while the database opens (a round trip to Slack and the
     * loading of its client need not wait for H2 and Flyway). Close what it returns if it is never started.
     */
    public static Connected connect(SlackSettings settings, Options options) {
        settings.problem().ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        SlackConfig config = slackConfig(settings, options);
        Slack slack = Slack.getInstance(config);
        try {
            return new Connected(settings, options, config, slack, authTest(slack, settings.botToken()));
        } catch (RuntimeException e) {
            closeQuietly(slack);
            throw e;
        }
    }

    /** As {@link #start(SlackSettings, PartnerBot, ConversationReferences, InboxWorkers, Options)}, once connected. */
    public static SlackAdapter start(Connected connected, PartnerBot bot, ConversationReferences references,
                                     InboxWorkers inbox) {
        SlackSettings settings = connected.settings;
        Options options = connected.options;
        SlackConfig config = connected.config;
        Slack slack = connected.slack;
        AuthTestResponse identity = connected.identity;
        String botUserId = identity.getUserId();
        String workspace = Workspaces.key(identity.getEnterpriseId(), identity.getTeamId());

        AppConfig appConfig = AppConfig.builder()
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret())
                .slack(slack)
                .allEventsApiAutoAckEnabled(true) // events we do not handle are acked, not retried by Slack for hours
                .subtypedMessageEventsAutoAckEnabled(true)
                .build();
        Set<String> installed = new HashSet<>(options.alsoInstalledIn());
        installed.add(workspace);
        List<Middleware> middleware = new ArrayList<>();
        middleware.add(new InstalledWorkspaces(installed));
        middleware.add(new SingleTeamAuthorization(appConfig, identity, null));
        middleware.add(new IgnoringSelfEvents(config));
        App app = new App(appConfig, middleware);
        Credentials credentials = Credentials.fixed(settings.botToken(), new BotIdentity(botUserId, identity.getBotId()));
        return assemble(settings, config, slack, app, credentials, installed::contains, bot, references, inbox, options,
                workspace, null);
    }

    /**
     * OAuth mode: any workspace installs the bot from {@code /slack/install}; each installation's tokens (sealed) are in
     * the database, every request and every message uses its own workspace's, refreshed when Slack rotates them, and
     * {@code app_uninstalled} / {@code tokens_revoked} delete them at once. A workspace with no installation is refused,
     * as in single-token mode.
     */
    public static SlackAdapter startInstallable(SlackSettings settings, SlackOAuth oauth, Installations installations,
                                                PartnerBot bot, ConversationReferences references, InboxWorkers inbox,
                                                Options options) {
        oauth.problem().ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        if (settings.signingSecret() == null && settings.appToken() == null) {
            throw new IllegalArgumentException("SLACK_CLIENT_ID needs SLACK_SIGNING_SECRET (HTTP mode: POST /slack/events"
                    + " and the install pages) or SLACK_APP_TOKEN (Socket Mode).");
        }
        SlackConfig config = slackConfig(settings, options);
        Slack slack = Slack.getInstance(config);
        DatabaseInstallationService store = new DatabaseInstallationService(installations, oauth.clientSecret(), options.clock());
        AppConfig appConfig = AppConfig.builder()
                .clientId(oauth.clientId())
                .clientSecret(oauth.clientSecret())
                .signingSecret(settings.signingSecret())
                .scope(String.join(",", SlackOAuth.BOT_SCOPES))
                .redirectUri(oauth.redirectUri())
                .appPath("/slack")
                .oauthInstallPath("install")
                .oauthRedirectUriPath("oauth_redirect")
                .oAuthInstallPageRenderingEnabled(false) // straight to Slack's authorize page
                .oAuthRedirectUriPageRenderer(new InstallPages())
                .slack(slack)
                .allEventsApiAutoAckEnabled(true)
                .subtypedMessageEventsAutoAckEnabled(true)
                .build();
        Credentials credentials = new InstalledCredentials(store, slack.methods(), oauth);
        List<Middleware> middleware = new ArrayList<>();
        middleware.add(new InstalledWorkspaces(credentials::serves));
        middleware.add(new MultiTeamsAuthorization(appConfig, store));
        middleware.add(new IgnoringSelfEvents(config));
        App app = new App(appConfig, middleware).asOAuthApp(true);
        app.service(store);
        app.service(new DatabaseOAuthStateService(installations, options.clock()));
        InstallPages.refuseWithPages(app);
        Uninstalls.register(app, store);
        return assemble(settings, config, slack, app, credentials, credentials::serves, bot, references, inbox, options,
                "slack:(installed from " + oauth.installUrl() + ")", new InstallEndpoint(app));
    }

    private static SlackConfig slackConfig(SlackSettings settings, Options options) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setStatsEnabled(false); // otherwise ~12 idle metrics threads, and nothing reads the metrics
        config.setPrettyResponseLoggingEnabled(false);
        config.setHttpClientReadTimeoutMillis((int) options.webApiTimeout().toMillis());
        return config;
    }

    /** What both modes share: the inbox's Slack work, the handlers, the messenger, the endpoints. */
    private static SlackAdapter assemble(SlackSettings settings, SlackConfig config, Slack slack, App app,
                                         Credentials credentials, java.util.function.Predicate<String> serves,
                                         PartnerBot bot, ConversationReferences references, InboxWorkers inbox,
                                         Options options, String workspace, InstallEndpoint install) {
        // A shared channel's host may not have installed the app: it is reached through the installation that served it.
        Credentials installed = credentials;
        Credentials reaching = ws -> installed.of(ws).or(() -> references.findActive(ws, SharedChannels.VIA).flatMap(installed::of));
        java.util.function.Predicate<String> reachable = ws -> serves.test(ws)
                || references.findActive(ws, SharedChannels.VIA).map(serves::test).orElse(false);
        java.util.function.Supplier<String> botUserId = () -> reaching.of(CurrentWorkspace.get())
                .map(c -> c.bot() == null ? null : c.bot().userId()).orElse(null);
        SlackCalls calls = new SlackCalls(slack, reaching, options.pause(), options.rateLimits());
        UserDirectory directory = new UserDirectory(calls::userInfo, options.clock());
        Replies replies = new Replies(calls, bot.seal());
        AppHome home = new AppHome(bot, directory, calls);
        SlackRoster roster = new SlackRoster(reachable, calls::conversationMembers, calls::conversationInfo, options.clock());
        SharedChannels shared = new SharedChannels(bot::bound, calls::conversationInfo, references, options.clock());
        Welcome welcome = new Welcome(bot, directory, calls, botUserId, roster);
        inbox.register(Workspaces.PLATFORM, new Dispatcher(bot, directory, botUserId)
                .answeringThrough(replies, home, welcome, references).sharingChannelsThrough(shared)
                .namingOrganisationsThrough(new Organisations(calls::teamName, options.clock())));
        SlackInbox intake = new SlackInbox(inbox);

        AckTexts ackTexts = new AckTexts(bot, directory);
        SlashCommands.register(app, intake, ackTexts);
        Events.register(app, intake, botUserId);
        welcome.register(app, intake);
        Sharing.register(app, shared, roster);
        new Interactions(intake, replies, calls, bot.seal(), ackTexts).register(app);

        Slack outbox = onlyEverSendingOnce(config);
        SlackCalls outboxCalls = new SlackCalls(outbox, reaching, options.pause(), options.rateLimits());
        SlackAdapter adapter = new SlackAdapter(slack, outbox, app,
                new SlackMessenger(outboxCalls, ws -> reaching.of(ws).map(Credentials.Credential::bot).orElse(null),
                        references, options.clock(), options.pause(), bot.seal()), workspace,
                settings.httpMode() ? new EventsEndpoint(app, settings.signingSecret(), options.clock()) : null, roster);
        adapter.install = install;
        if (settings.socketMode()) {
            try {
                adapter.socketMode = SocketModeConnection.open(settings.appToken(), app);
            } catch (RuntimeException e) {
                adapter.close();
                throw e;
            }
        }
        log.info("Slack adapter ready for {} ({}{})", workspace, settings.socketMode() ? "Socket Mode" : "",
                settings.httpMode() ? (settings.socketMode() ? " + " : "") + "HTTP " + EventsEndpoint.PATH : "");
        return adapter;
    }

    /** A Slack client whose bot token {@code auth.test} accepted, waiting for the bot to be built. */
    public static final class Connected implements AutoCloseable {
        private final SlackSettings settings;
        private final Options options;
        private final SlackConfig config;
        private final Slack slack;
        private final AuthTestResponse identity;

        private Connected(SlackSettings settings, Options options, SlackConfig config, Slack slack, AuthTestResponse identity) {
            this.settings = settings;
            this.options = options;
            this.config = config;
            this.slack = slack;
            this.identity = identity;
        }

        /** Only when the adapter is never started (start-up failed elsewhere); a started adapter owns the client. */
        @Override
        public void close() {
            closeQuietly(slack);
        }
    }

    private static void closeQuietly(Slack slack) {
        try {
            slack.close();
        } catch (Exception e) {
            log.warn("closing the Slack client: {}", e.getMessage());
        }
    }

    private static AuthTestResponse authTest(Slack slack, String botToken) {
        try {
            AuthTestResponse r = slack.methods(botToken).authTest(b -> b);
            if (!r.isOk()) {
                throw new IllegalArgumentException("SLACK_BOT_TOKEN was refused by Slack (auth.test: " + r.getError() + ").");
            }
            return r;
        } catch (IOException | SlackApiException e) {
            throw new IllegalStateException("Slack could not be reached to check SLACK_BOT_TOKEN (auth.test): " + e.getMessage(), e);
        }
    }

    /** The HTTP Events API handler for {@code POST /slack/events}; null unless SLACK_SIGNING_SECRET is set. */
    public EventsEndpoint endpoint() {
        return endpoint;
    }

    /** {@code GET /slack/install} and {@code /slack/oauth_redirect}; null unless installs are served (OAuth mode). */
    public InstallEndpoint installEndpoint() {
        return install;
    }

    public Messenger messenger() {
        return messenger;
    }

    /** Who is in this workspace's channels, for the core's membership checks (register it under {@code slack}). */
    public ChannelRoster roster() {
        return roster;
    }

    /** The workspace key of the team the bot token belongs to. */
    public String workspace() {
        return workspace;
    }

    public App app() {
        return app;
    }

    /**
     * A client that never sends a request twice by itself. OkHttp's default re-sends a POST when a reused
     * connection fails after the request went out, and Slack may already have posted it: a reminder would show
     * twice and nobody would know. Without that, the failure reaches the outbox as a send of unknown outcome,
     * which looks for the message in the channel before posting it again.
     */
    private static Slack onlyEverSendingOnce(SlackConfig config) {
        return Slack.getInstance(config, new SlackHttpClient(SlackHttpClient.buildOkHttpClient(config).newBuilder()
                .retryOnConnectionFailure(false).build()));
    }

    @Override
    public void close() {
        if (socketMode != null) {
            socketMode.close();
        }
        try {
            app.stop();
            slack.close();
            outbox.close();
        } catch (Exception e) {
            log.warn("closing the Slack client: {}", e.getMessage());
        }
    }
}

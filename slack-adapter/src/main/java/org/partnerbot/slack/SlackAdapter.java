package org.partnerbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.IgnoringSelfEvents;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.bolt.middleware.builtin.SingleTeamAuthorization;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.util.http.SlackHttpClient;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.access.ChannelRoster;
import org.partnerbot.core.bot.PartnerBot;
import org.partnerbot.core.messaging.ConversationReferences;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.slack.home.AppHome;
import org.partnerbot.slack.identity.SlackRoster;
import org.partnerbot.slack.identity.UserDirectory;
import org.partnerbot.slack.inbound.Dispatcher;
import org.partnerbot.slack.inbound.Events;
import org.partnerbot.slack.inbound.Interactions;
import org.partnerbot.slack.inbound.Replies;
import org.partnerbot.slack.inbound.SlashCommands;
import org.partnerbot.slack.inbound.Welcome;
import org.partnerbot.slack.inbound.WorkQueue;
import org.partnerbot.slack.outbound.BotIdentity;
import org.partnerbot.slack.outbound.Pause;
import org.partnerbot.slack.outbound.RateLimitListener;
import org.partnerbot.slack.outbound.SlackCalls;
import org.partnerbot.slack.outbound.SlackMessenger;
import org.partnerbot.slack.text.Workspaces;
import org.partnerbot.slack.transport.ClockedVerifier;
import org.partnerbot.slack.transport.EventsEndpoint;
import org.partnerbot.slack.transport.SocketModeConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Partnerbot in one Slack workspace: a Bolt app whose handlers only queue work and ack (Slack wants an answer
 * within 3 s), served over Socket Mode and/or the HTTP Events API, plus the {@link Messenger} the reminders use.
 */
public final class SlackAdapter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackAdapter.class);

    private final Slack slack;
    /** The client the reminder outbox posts through: see {@link #onlyEverSendingOnce}. */
    private final Slack outbox;
    private final App app;
    private final WorkQueue queue;
    private final SlackMessenger messenger;
    private final String workspace;
    private final EventsEndpoint endpoint;
    private SocketModeConnection socketMode;

    /**
     * Test seams: the clock for signatures and caches, and how rate-limit waits are taken; {@code rateLimits} hears
     * of every wait Slack's "rate limited" answers cause (the launcher counts them).
     */
    /**
     * @param webApiTimeout how long to wait for Slack to answer a Web API call; a post that times out may still have
     *                      arrived, which the reminder outbox checks before posting it again
     */
    public record Options(Clock clock, Pause pause, int workers, RateLimitListener rateLimits, Duration webApiTimeout) {
        public static final Duration WEB_API_TIMEOUT = Duration.ofSeconds(10);

        public Options(Clock clock, Pause pause, int workers) {
            this(clock, pause, workers, RateLimitListener.NONE, WEB_API_TIMEOUT);
        }

        public static Options defaults() {
            return new Options(Clock.systemUTC(), Pause.real(), 4);
        }

        public Options withRateLimitListener(RateLimitListener listener) {
            return new Options(clock, pause, workers, listener, webApiTimeout);
        }

        public Options withWebApiTimeout(Duration timeout) {
            return new Options(clock, pause, workers, rateLimits, timeout);
        }
    }

    private final SlackRoster roster;

    private SlackAdapter(Slack slack, Slack outbox, App app, WorkQueue queue, SlackMessenger messenger, String workspace,
                         boolean http, SlackRoster roster) {
        this.roster = roster;
        this.slack = slack;
        this.outbox = outbox;
        this.app = app;
        this.queue = queue;
        this.messenger = messenger;
        this.workspace = workspace;
        this.endpoint = http ? new EventsEndpoint(app) : null;
    }

    /**
     * Checks the bot token with {@code auth.test} (a wrong token stops start-up with a clear message rather than
     * failing every request), builds the Bolt app, and connects Socket Mode when an app token is set.
     */
    public static SlackAdapter start(SlackSettings settings, PartnerBot bot, ConversationReferences references,
                                     Options options) {
        settings.problem().ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setStatsEnabled(false); // otherwise ~12 idle metrics threads, and nothing reads the metrics
        config.setPrettyResponseLoggingEnabled(false);
        config.setHttpClientReadTimeoutMillis((int) options.webApiTimeout().toMillis());
        Slack slack = Slack.getInstance(config);
        AuthTestResponse identity = authTest(slack, settings.botToken());
        String botUserId = identity.getUserId();
        String workspace = Workspaces.key(identity.getEnterpriseId(), identity.getTeamId());

        AppConfig appConfig = AppConfig.builder()
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret())
                .slack(slack)
                .allEventsApiAutoAckEnabled(true) // events we do not handle are acked, not retried by Slack for hours
                .subtypedMessageEventsAutoAckEnabled(true)
                .build();
        App app = new App(appConfig, middleware(settings, appConfig, identity, config, options.clock()));

        SlackCalls calls = new SlackCalls(slack, settings.botToken(), options.pause(), options.rateLimits());
        UserDirectory directory = new UserDirectory(calls::userInfo, options.clock());
        WorkQueue queue = new WorkQueue(options.workers());
        Dispatcher dispatcher = new Dispatcher(bot, directory, queue, () -> botUserId);
        Replies replies = new Replies(calls, bot.seal());
        AppHome home = new AppHome(bot, directory, calls);
        SlackRoster roster = new SlackRoster(workspace, calls::conversationMembers, calls::conversationInfo, options.clock());

        SlashCommands.register(app, dispatcher, replies);
        Events.register(app, dispatcher, replies, home, references, () -> botUserId);
        new Welcome(bot, directory, calls, () -> botUserId, roster).register(app, dispatcher);
        new Interactions(dispatcher, replies, home, calls, bot.seal()).register(app);

        Slack outbox = onlyEverSendingOnce(config);
        SlackCalls outboxCalls = new SlackCalls(outbox, settings.botToken(), options.pause(), options.rateLimits());
        SlackAdapter adapter = new SlackAdapter(slack, outbox, app, queue,
                new SlackMessenger(outboxCalls, new BotIdentity(botUserId, identity.getBotId()), references, options.clock(),
                        options.pause(), bot.seal()), workspace, settings.httpMode(), roster);
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

    /** Verification first (nothing unverified reaches anything else), then Bolt's usual authorization and self-filter. */
    private static List<Middleware> middleware(SlackSettings settings, AppConfig appConfig, AuthTestResponse identity,
                                               SlackConfig config, Clock clock) {
        List<Middleware> list = new ArrayList<>();
        if (settings.httpMode()) {
            // Slack's ssl_check pings (sent when a slash command URL is saved) are answered before anything else.
            list.add(new SSLCheck(appConfig.getVerificationToken()));
            list.add(new RequestVerification(new ClockedVerifier(settings.signingSecret(), clock)));
        }
        list.add(new SingleTeamAuthorization(appConfig, identity, null));
        list.add(new IgnoringSelfEvents(config));
        return list;
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

    /** The work queue behind the acks: tests and shutdown wait on it. */
    public WorkQueue queue() {
        return queue;
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
        queue.close();
        try {
            app.stop();
            slack.close();
            outbox.close();
        } catch (Exception e) {
            log.warn("closing the Slack client: {}", e.getMessage());
        }
    }
}

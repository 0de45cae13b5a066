package org.partnerbot.config;

import org.partnerbot.config.http.HttpAnswer;
import org.partnerbot.config.http.HttpListener;
import org.partnerbot.config.http.HttpRoute;
import org.partnerbot.config.metrics.Metrics;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.slack.SlackAdapter;
import org.partnerbot.slack.SlackSettings;
import org.partnerbot.slack.install.InstallEndpoint;
import org.partnerbot.slack.install.SlackOAuth;
import org.partnerbot.slack.outbound.RateLimitListener;
import org.partnerbot.slack.text.Workspaces;
import org.partnerbot.slack.transport.EventsEndpoint;
import org.partnerbot.slack.transport.RawRequest;
import org.partnerbot.slack.transport.RawResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the Slack adapter when any SLACK_ setting is present: Socket Mode with SLACK_APP_TOKEN, the HTTP Events
 * API at {@code POST /slack/events} on the shared listener with SLACK_SIGNING_SECRET (both may run), and its
 * messenger registered for {@code slack:} workspaces so reminders reach Slack. Contradictory settings, or a token
 * Slack refuses, stop start-up with one line naming the variable.
 */
public final class SlackWiring {

    private static final Logger log = LoggerFactory.getLogger(SlackWiring.class);

    private SlackWiring() {
    }

    /** @return the running adapter (the caller closes it), or null when Slack is not configured */
    public static SlackAdapter attach(Settings settings, CoreModule core, RoutingMessenger messenger, HttpListener listener) {
        return attach(settings, core, messenger, listener, null);
    }

    /** As above; {@code metrics} (may be null) counts Slack's rate-limit waits as {@code partnerbot_ratelimit_waits_total}. */
    public static SlackAdapter attach(Settings settings, CoreModule core, RoutingMessenger messenger, HttpListener listener,
                                      Metrics metrics) {
        return attach(settings, core, messenger, listener, metrics, null);
    }

    /**
     * As above, with the bot token already checked by {@link #connect} (null: checked here). The caller closes
     * {@code connected} itself only if this throws before using it.
     */
    static SlackAdapter attach(Settings settings, CoreModule core, RoutingMessenger messenger, HttpListener listener,
                               Metrics metrics, SlackAdapter.Connected connected) {
        if (!settings.slackConfigured()) {
            return null;
        }
        SlackSettings slack = slackSettings(settings);
        if (slack.httpMode() && listener == null) {
            throw new SettingsException("SLACK_SIGNING_SECRET needs the HTTP listener for POST " + EventsEndpoint.PATH
                    + ", which did not start; check PARTNERBOT_HOST and PARTNERBOT_PORT, or use SLACK_APP_TOKEN (Socket Mode).");
        }
        SlackOAuth oauth = oauthSettings(settings, listener);
        SlackAdapter adapter;
        try {
            if (oauth.enabled()) {
                adapter = SlackAdapter.startInstallable(slack, oauth, core.installations(), core.bot(),
                        core.conversationReferences(), core.inbox(), options(metrics));
            } else {
                SlackAdapter.Connected checked = connected != null ? connected : SlackAdapter.connect(slack, options(metrics));
                adapter = SlackAdapter.start(checked, core.bot(), core.conversationReferences(), core.inbox());
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new SettingsException(e.getMessage());
        }
        if (adapter.endpoint() != null) {
            listener.route(route(adapter.endpoint()));
            log.info("Slack Events API at http://{}:{}{}", settings.host(), listener.port(), EventsEndpoint.PATH);
        }
        if (adapter.installEndpoint() != null) {
            if (listener == null) {
                adapter.close();
                throw new SettingsException("SLACK_CLIENT_ID needs the HTTP listener for " + SlackOAuth.INSTALL_PATH
                        + ", which did not start; check PARTNERBOT_HOST and PARTNERBOT_PORT.");
            }
            listener.route(installRoute(SlackOAuth.INSTALL_PATH, adapter.installEndpoint()));
            listener.route(installRoute(SlackOAuth.REDIRECT_PATH, adapter.installEndpoint()));
            log.info("Slack install link at {}", oauth.installUrl());
        }
        messenger.register(Workspaces.PLATFORM, adapter.messenger());
        core.rosters().register(Workspaces.PLATFORM, adapter.roster());
        return adapter;
    }

    /**
     * What Slack's start needs before the bot exists (the Web API client, the bot token checked with {@code auth.test}),
     * so start-up can do it while the database opens; null when Slack is not configured or installs from a link (no
     * single token to check). Settings it refuses are refused again, with the same words, by {@link #attach}.
     */
    static SlackAdapter.Connected connect(Settings settings, Metrics metrics) {
        if (!settings.slackConfigured() || settings.get("SLACK_CLIENT_ID", null) != null
                || settings.get("SLACK_CLIENT_SECRET", null) != null) {
            return null;
        }
        try {
            return SlackAdapter.connect(slackSettings(settings), options(metrics));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new SettingsException(e.getMessage());
        }
    }

    private static SlackAdapter.Options options(Metrics metrics) {
        return SlackAdapter.Options.defaults().withRateLimitListener(metrics == null
                ? RateLimitListener.NONE : (method, wait) -> metrics.count("partnerbot.ratelimit.waits", "platform", "slack"));
    }

    /** The Slack endpoint on the listener: raw bytes in (the signature covers them), raw bytes out. */
    public static HttpRoute route(EventsEndpoint endpoint) {
        return HttpRoute.exact(EventsEndpoint.PATH, EventsEndpoint.MAX_BODY, call -> answer(endpoint.handle(new RawRequest(
                call.method(), call.path(), call.rawQuery(), call.headers(), call.body(), call.remoteAddress()))),
                answer(endpoint.tooLarge()));
    }

    /** An install page: a GET without a body, answered by Bolt's OAuth flow. */
    public static HttpRoute installRoute(String path, InstallEndpoint endpoint) {
        return HttpRoute.reading(path, false, call -> answer(endpoint.handle(new RawRequest(call.method(), call.path(),
                call.rawQuery(), call.headers(), call.body(), call.remoteAddress()))));
    }

    /**
     * {@code SLACK_CLIENT_ID} / {@code SLACK_CLIENT_SECRET}: installs from a link, tokens in the database. The public URL
     * is {@code PARTNERBOT_PUBLIC_URL}, else the listener's own address. With {@code SLACK_BOT_TOKEN} too it is refused:
     * one mode or the other.
     */
    static SlackOAuth oauthSettings(Settings settings, HttpListener listener) {
        String id = settings.get("SLACK_CLIENT_ID", null);
        String secret = settings.get("SLACK_CLIENT_SECRET", null);
        String publicUrl = settings.get("PARTNERBOT_PUBLIC_URL").orElseGet(() -> "http://" + settings.host() + ":"
                + (listener == null ? settings.port() : listener.port()));
        SlackOAuth oauth = new SlackOAuth(id, secret, publicUrl);
        oauth.problem().ifPresent(p -> {
            throw new SettingsException(p);
        });
        if (oauth.enabled() && settings.get("SLACK_BOT_TOKEN", null) != null) {
            throw new SettingsException("SLACK_BOT_TOKEN and SLACK_CLIENT_ID are both set: use SLACK_BOT_TOKEN for one workspace,"
                    + " or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET to install in many (tokens kept in the database), not both.");
        }
        return oauth;
    }

    private static HttpAnswer answer(RawResponse r) {
        return new HttpAnswer(r.status(), r.headers(), r.body());
    }

    static SlackSettings slackSettings(Settings settings) {
        SlackSettings slack = new SlackSettings(settings.get("SLACK_BOT_TOKEN", null), settings.get("SLACK_APP_TOKEN", null),
                settings.get("SLACK_SIGNING_SECRET", null), settings.get("SLACK_API_URL", null));
        boolean installable = settings.get("SLACK_CLIENT_ID", null) != null || settings.get("SLACK_CLIENT_SECRET", null) != null;
        if (!installable) {
            slack.problem().ifPresent(p -> {
                throw new SettingsException(p);
            });
        }
        return slack;
    }
}

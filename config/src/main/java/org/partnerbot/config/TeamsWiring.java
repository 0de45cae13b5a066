package org.partnerbot.config;

import org.partnerbot.config.http.HttpAnswer;
import org.partnerbot.config.http.HttpListener;
import org.partnerbot.config.http.HttpRoute;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.teams.TeamsModule;
import org.partnerbot.teams.TeamsSettings;
import org.partnerbot.teams.http.MessagesEndpoint;
import org.partnerbot.teams.http.RawRequest;
import org.partnerbot.teams.http.RawResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the Teams endpoint on the shared listener when Teams is configured, and in console mode so the Agents
 * Playground can talk to the local bot. Without an app id nothing authenticates requests, so that is allowed
 * only on a loopback listener.
 */
public final class TeamsWiring {

    private static final Logger log = LoggerFactory.getLogger(TeamsWiring.class);

    private TeamsWiring() {
    }

    /**
     * Fails start-up, before anything listens, when the Teams settings contradict each other or would put an
     * unauthenticated endpoint on a non-loopback address.
     */
    public static void check(Settings settings, boolean consoleMode) {
        if (enabled(settings, consoleMode)) {
            requireSafe(teamsSettings(settings), settings, loopback(settings.host()));
        }
    }

    /** @return whether the endpoint was attached */
    public static boolean attach(Settings settings, CoreModule core, RoutingMessenger messenger, HttpListener listener,
                                 boolean consoleMode) {
        if (!enabled(settings, consoleMode)) {
            return false;
        }
        TeamsSettings teams = teamsSettings(settings);
        requireSafe(teams, settings, listener.loopback());
        TeamsModule module = TeamsModule.create(teams, core.bot(), core.conversationReferences(), core.inbox());
        listener.route(route(module.endpoint()));
        messenger.register(TeamsModule.PLATFORM, module.messenger());
        core.rosters().register(TeamsModule.PLATFORM, module.roster());
        log.info("Teams endpoint at http://{}:{}{} ({})", settings.host(), listener.port(), TeamsModule.PATH,
                teams.isAnonymous() ? "anonymous, for local emulators such as the Agents Playground" : "app " + teams.appId());
        return true;
    }

    /** The Teams endpoint on the listener: the request's bytes and headers (Host, Authorization) in, its answer out. */
    public static HttpRoute route(MessagesEndpoint endpoint) {
        return HttpRoute.exact(MessagesEndpoint.PATH, MessagesEndpoint.MAX_BODY, call -> answer(endpoint.handle(new RawRequest(
                call.method(), call.path(), call.rawQuery(), call.headers(), call.body(), call.remoteAddress()))),
                answer(endpoint.tooLarge()));
    }

    private static HttpAnswer answer(RawResponse r) {
        return new HttpAnswer(r.status(), r.headers(), r.body());
    }

    private static boolean enabled(Settings settings, boolean consoleMode) {
        return settings.teamsConfigured() || consoleMode;
    }

    private static void requireSafe(TeamsSettings teams, Settings settings, boolean loopback) {
        if (teams.isAnonymous() && !loopback) {
            throw new SettingsException("MICROSOFT_APP_ID is not set, so the Teams endpoint would accept unauthenticated"
                    + " requests on " + settings.host() + ". Set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD, or bind"
                    + " PARTNERBOT_HOST to 127.0.0.1 for a local emulator.");
        }
    }

    private static boolean loopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false; // the listener will report the bad host itself
        }
    }

    static TeamsSettings teamsSettings(Settings settings) {
        TeamsSettings teams = new TeamsSettings(settings.get("MICROSOFT_APP_ID", ""), settings.get("MICROSOFT_APP_PASSWORD", ""),
                settings.get("MICROSOFT_APP_TENANT_ID", ""), settings.get("MICROSOFT_APP_TYPE", ""))
                .onlyForTenants(settings.get("PARTNERBOT_TEAMS_TENANTS", ""));
        String problem = teams.problem();
        if (problem != null) {
            throw new SettingsException(problem);
        }
        return teams;
    }
}

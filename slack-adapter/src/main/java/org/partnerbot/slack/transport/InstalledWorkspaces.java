package org.partnerbot.slack.transport;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import java.util.Set;
import org.partnerbot.slack.text.Workspaces;
import org.partnerbot.slack.outbound.CurrentWorkspace;
import org.partnerbot.core.i18n.Bilingual;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.LanguagePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests for a workspace the bot has no installation in are refused before any handler sees them. The signing
 * secret belongs to the app, not to one workspace, so a correctly signed request can come from any workspace the app
 * was ever installed in; with one bot token (its {@code auth.test} team and enterprise) only that one is served.
 * Bolt's own single-team authorization does not compare: it overwrites the request's team with the token's.
 */
public final class InstalledWorkspaces implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(InstalledWorkspaces.class);
    /**
     * Said to whoever typed a command in a workspace the bot does not serve: nothing is known of them there, so it is
     * said in both languages, Welsh first, as a Welsh public body writes to someone whose language it does not know.
     */
    static final String NOT_INSTALLED = Bilingual.join(LanguagePolicy.BILINGUAL.languages().stream()
            .map(IcuMessages.standard()::in).toList(), t -> t.t("slack.notInstalled"));

    private final java.util.function.Predicate<String> installed;

    /** @param installed workspace keys ({@link Workspaces#key}) the bot may act in */
    public InstalledWorkspaces(Set<String> installed) {
        this(Set.copyOf(installed)::contains);
    }

    /** @param installed whether the bot is installed in a workspace (OAuth mode: asked of the database each time) */
    public InstalledWorkspaces(java.util.function.Predicate<String> installed) {
        this.installed = installed;
    }

    /** Slack's ids are a dozen characters; the database keeps workspace keys and user keys in 200. */
    static final int MAX_ID = 90;

    private static boolean longer(String value, int max) {
        return value != null && value.length() > max;
    }

    /** The channel a command, event or button press names (a conversation's key once it is a partnership's). */
    private static String channelOf(Request<?> req) {
        if (req.getContext() instanceof com.slack.api.bolt.context.builtin.SlashCommandContext c) {
            return c.getChannelId();
        }
        if (req.getContext() instanceof com.slack.api.bolt.context.builtin.EventContext c) {
            return c.getChannelId();
        }
        if (req instanceof com.slack.api.bolt.request.builtin.BlockActionRequest b && b.getPayload().getChannel() != null) {
            return b.getPayload().getChannel().getId();
        }
        return null;
    }

    static Response json(int status, String json) {
        return Response.builder().statusCode(status).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8).body(json).build();
    }

    private static boolean isOAuthFlow(RequestType type) {
        return type == RequestType.OAuthStart || type == RequestType.OAuthCallback;
    }

    /** Carries a checked exception of the rest of the chain out of the workspace's scope. */
    private static final class Wrapped extends RuntimeException {
        final Exception cause;

        Wrapped(Exception cause) {
            super(cause);
            this.cause = cause;
        }
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.getRequestType() == RequestType.UrlVerification) {
            return chain.next(req);
        }
        String team = req.getContext().getTeamId();
        String enterprise = req.getContext().getEnterpriseId();
        String user = req.getContext().getRequestUserId();
        if (longer(team, MAX_ID) || longer(enterprise, MAX_ID) || longer(user, MAX_ID) || longer(channelOf(req), MAX_ID)) {
            // Longer than any id Slack issues, and than the database keeps: refused, the value kept out of the log.
            log.warn("refused a Slack {}: a team, enterprise, user or channel id is longer than {} characters",
                    req.getRequestType(), MAX_ID);
            return json(400, "{\"error\":\"identifier too long\"}");
        }
        if (isOAuthFlow(req.getRequestType())) {
            return chain.next(req); // the install link itself: no workspace yet
        }
        if (team != null && !team.isBlank() && installed.test(Workspaces.key(enterprise, team))) {
            String workspace = Workspaces.key(enterprise, team);
            try {
                return CurrentWorkspace.in(workspace, () -> {
                    try {
                        return chain.next(req);
                    } catch (Exception e) {
                        throw new Wrapped(e);
                    }
                });
            } catch (Wrapped w) {
                throw w.cause;
            }
        }
        log.warn("refused a Slack {} for a workspace this bot is not installed in", req.getRequestType());
        if (req.getRequestType() == RequestType.Command) {
            // Shown to the person who typed it; Slack would otherwise say only "failed with the error http_client_error".
            com.google.gson.JsonObject answer = new com.google.gson.JsonObject();
            answer.addProperty("response_type", "ephemeral");
            answer.addProperty("text", NOT_INSTALLED);
            return json(200, answer.toString());
        }
        Response refused = json(403, "{\"error\":\"not installed in this workspace\"}");
        refused.setHeaders(new java.util.HashMap<>(java.util.Map.of("X-Slack-No-Retry", java.util.List.of("1"))));
        return refused;
    }
}

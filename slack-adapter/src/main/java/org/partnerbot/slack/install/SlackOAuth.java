package org.partnerbot.slack.install;

import java.util.List;
import java.util.Optional;

/**
 * The OAuth install settings: {@code SLACK_CLIENT_ID}, {@code SLACK_CLIENT_SECRET} and the public URL people reach the
 * bot at ({@code PARTNERBOT_PUBLIC_URL}), from which the redirect URI is made.
 */
public record SlackOAuth(String clientId, String clientSecret, String publicUrl) {

    public static final String INSTALL_PATH = "/slack/install";
    public static final String REDIRECT_PATH = "/slack/oauth_redirect";
    /** The bot scopes of {@code config/slack/manifest.yaml}: what an install asks a workspace admin to approve. */
    public static final List<String> BOT_SCOPES = List.of("commands", "app_mentions:read", "chat:write", "channels:history",
            "groups:history", "im:history", "im:write", "channels:read", "groups:read", "users:read", "files:write",
            "team:read");

    public SlackOAuth {
        clientId = blank(clientId) ? null : clientId.strip();
        clientSecret = blank(clientSecret) ? null : clientSecret.strip();
        publicUrl = blank(publicUrl) ? null : publicUrl.strip().replaceAll("/+$", "");
    }

    /** Both client settings present: install links are served. */
    public boolean enabled() {
        return clientId != null && clientSecret != null;
    }

    /** What is wrong, naming the variable; empty when the install flow can start. */
    public Optional<String> problem() {
        if ((clientId == null) != (clientSecret == null)) {
            return Optional.of((clientId == null ? "SLACK_CLIENT_ID" : "SLACK_CLIENT_SECRET") + " is required with "
                    + (clientId == null ? "SLACK_CLIENT_SECRET" : "SLACK_CLIENT_ID")
                    + ": copy both from the app's Basic Information page.");
        }
        if (enabled() && publicUrl == null) {
            return Optional.of("PARTNERBOT_PUBLIC_URL is required with SLACK_CLIENT_ID: the https URL people reach the bot at"
                    + " (Slack sends installers back to PARTNERBOT_PUBLIC_URL" + REDIRECT_PATH + ").");
        }
        return Optional.empty();
    }

    public String redirectUri() {
        return publicUrl + REDIRECT_PATH;
    }

    public String installUrl() {
        return publicUrl + INSTALL_PATH;
    }

    @Override
    public String toString() {
        return "SlackOAuth[clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "(not set)" : "(set)")
                + ", publicUrl=" + publicUrl + "]";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

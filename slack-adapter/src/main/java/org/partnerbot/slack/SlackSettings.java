package org.partnerbot.slack;

import java.net.URI;
import java.util.Optional;

/**
 * The Slack settings of DESIGN.md. {@link #problem()} names the variable at fault when they contradict each
 * other, so start-up can stop with one clear line instead of failing on the first request.
 *
 * @param botToken      {@code SLACK_BOT_TOKEN} (xoxb-…), required whenever Slack is configured
 * @param appToken      {@code SLACK_APP_TOKEN} (xapp-…): Socket Mode, or null
 * @param signingSecret {@code SLACK_SIGNING_SECRET}: HTTP Events API at {@code /slack/events}, or null
 * @param apiUrl        {@code SLACK_API_URL}: the Web API base, ending in a slash
 */
public record SlackSettings(String botToken, String appToken, String signingSecret, String apiUrl) {

    public static final String DEFAULT_API_URL = "https://slack.com/api/";

    public SlackSettings {
        botToken = blankToNull(botToken);
        appToken = blankToNull(appToken);
        signingSecret = blankToNull(signingSecret);
        apiUrl = blankToNull(apiUrl) == null ? DEFAULT_API_URL : apiUrl.strip();
        if (!apiUrl.endsWith("/")) {
            apiUrl = apiUrl + "/";
        }
    }

    public boolean socketMode() {
        return appToken != null;
    }

    public boolean httpMode() {
        return signingSecret != null;
    }

    /** What is wrong with these settings, naming the variable; empty when they can start the adapter. */
    public Optional<String> problem() {
        if (botToken == null) {
            return Optional.of("SLACK_BOT_TOKEN is required when " + (appToken != null ? "SLACK_APP_TOKEN" : "SLACK_SIGNING_SECRET")
                    + " is set: copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page.");
        }
        if (!botToken.startsWith("xoxb-")) {
            return Optional.of("SLACK_BOT_TOKEN must be a bot token starting with xoxb- (a user or app token was given).");
        }
        if (appToken == null && signingSecret == null) {
            return Optional.of("SLACK_BOT_TOKEN is set but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET"
                    + " (HTTP mode at POST /slack/events) is: set one of them.");
        }
        if (appToken != null && !appToken.startsWith("xapp-")) {
            return Optional.of("SLACK_APP_TOKEN must be an app-level token starting with xapp- (with connections:write).");
        }
        try {
            URI uri = URI.create(apiUrl);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            return Optional.of("SLACK_API_URL must be an http(s) URL such as " + DEFAULT_API_URL + ", not \"" + apiUrl + "\".");
        }
        return Optional.empty();
    }

    /** Never prints the secrets themselves. */
    @Override
    public String toString() {
        return "SlackSettings[botToken=" + (botToken == null ? "(not set)" : "(set)") + ", appToken="
                + (appToken == null ? "(not set)" : "(set)") + ", signingSecret=" + (signingSecret == null ? "(not set)" : "(set)")
                + ", apiUrl=" + apiUrl + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

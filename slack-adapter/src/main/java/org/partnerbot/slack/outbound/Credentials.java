package org.partnerbot.slack.outbound;

import java.util.Optional;

/**
 * The bot's token and identity in each workspace: one fixed pair with {@code SLACK_BOT_TOKEN}, or the workspace's own
 * installation in OAuth mode (refreshed before it expires when Slack rotates tokens). Empty where the bot is not
 * installed (or was uninstalled, or its tokens revoked).
 */
public interface Credentials {

    /** One workspace's bot token and who the bot is there. */
    record Credential(String token, BotIdentity bot) {
        @Override
        public String toString() {
            return "Credential[bot=" + bot + "]"; // never the token
        }
    }

    Optional<Credential> of(String workspace);

    /** Whether requests for this workspace are served. */
    default boolean serves(String workspace) {
        return workspace != null && of(workspace).isPresent();
    }

    /** One token for every call (single-workspace mode, and tests of a bare client). */
    static Credentials fixed(String token, BotIdentity bot) {
        Credential c = new Credential(token, bot);
        return workspace -> Optional.of(c);
    }
}

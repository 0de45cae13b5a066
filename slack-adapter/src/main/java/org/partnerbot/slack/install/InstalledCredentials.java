package org.partnerbot.slack.install;

import com.slack.api.bolt.model.Bot;
import com.slack.api.methods.MethodsClient;
import com.slack.api.token_rotation.RefreshedToken;
import com.slack.api.token_rotation.TokenRotationException;
import com.slack.api.token_rotation.TokenRotator;
import java.util.Optional;
import org.partnerbot.slack.outbound.BotIdentity;
import org.partnerbot.slack.outbound.Credentials;
import org.partnerbot.slack.text.Workspaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each workspace's credentials from its installation, read from the database every time (an uninstall or revocation
 * takes effect at once, on every node). A rotating token within {@link TokenRotator#DEFAULT_MILLISECONDS_BEFORE_EXPIRATION}
 * of expiry is refreshed first ({@code oauth.v2.access}, {@code grant_type=refresh_token}) and the new pair stored.
 */
public final class InstalledCredentials implements Credentials {

    private static final Logger log = LoggerFactory.getLogger(InstalledCredentials.class);

    private final DatabaseInstallationService store;
    private final TokenRotator rotator;

    public InstalledCredentials(DatabaseInstallationService store, MethodsClient methods, SlackOAuth oauth) {
        this.store = store;
        this.rotator = new TokenRotator(methods, TokenRotator.DEFAULT_MILLISECONDS_BEFORE_EXPIRATION, oauth.clientId(),
                oauth.clientSecret());
    }

    @Override
    public Optional<Credential> of(String workspace) {
        String[] ids = Workspaces.parse(workspace);
        if (ids == null) {
            return Optional.empty();
        }
        return store.find(ids[0], ids[1]).map(this::fresh)
                .map(b -> new Credential(b.getBotAccessToken(), new BotIdentity(b.getBotUserId(), b.getBotId())));
    }

    /** Two refreshes of one workspace at once would each spend the same refresh token: one at a time on this node. */
    private synchronized Bot fresh(Bot bot) {
        if (bot.getBotRefreshToken() == null || bot.getBotTokenExpiresAt() == null) {
            return bot;
        }
        Bot current = store.find(bot.getEnterpriseId(), bot.getTeamId()).orElse(bot); // another thread may have refreshed it
        try {
            Optional<RefreshedToken> refreshed = rotator.performTokenRotation(r -> r.accessToken(current.getBotAccessToken())
                    .refreshToken(current.getBotRefreshToken()).expiresAt(current.getBotTokenExpiresAt()));
            if (refreshed.isPresent()) {
                current.setBotAccessToken(refreshed.get().getAccessToken());
                current.setBotRefreshToken(refreshed.get().getRefreshToken());
                current.setBotTokenExpiresAt(refreshed.get().getExpiresAt());
                store.saveBot(current);
            }
        } catch (TokenRotationException e) {
            log.warn("Slack token rotation failed; the current token is used while it lasts: {}", e.getMessage());
        }
        return current;
    }
}

package org.partnerbot.slack.install;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code app_uninstalled} and {@code tokens_revoked}: the workspace's tokens are deleted before the event is acked (Bolt's
 * own handlers do it later on a thread pool, where a crash could lose it), so from that moment nothing is sent with them
 * on any node. The partnerships' data stays, under their retention policy; a re-install reaches it again.
 */
public final class Uninstalls {

    private static final Logger log = LoggerFactory.getLogger(Uninstalls.class);

    private Uninstalls() {
    }

    public static void register(App app, DatabaseInstallationService store) {
        app.event(AppUninstalledEvent.class, (payload, ctx) -> {
            remove(store, payload.getEnterpriseId(), payload.getTeamId(), ctx.isEnterpriseInstall());
            return ctx.ack();
        });
        app.event(TokensRevokedEvent.class, (payload, ctx) -> {
            TokensRevokedEvent.Tokens tokens = payload.getEvent().getTokens();
            if (tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty()) {
                remove(store, payload.getEnterpriseId(), payload.getTeamId(), ctx.isEnterpriseInstall());
            }
            return ctx.ack();
        });
    }

    private static void remove(DatabaseInstallationService store, String enterpriseId, String teamId, boolean orgWide) {
        store.deleteAll(enterpriseId, orgWide ? "" : teamId);
        log.info("Slack installation removed (uninstalled or tokens revoked); its partnerships' data stays");
    }
}

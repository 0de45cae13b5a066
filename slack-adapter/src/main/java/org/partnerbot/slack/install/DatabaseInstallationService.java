package org.partnerbot.slack.install;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.service.InstallationService;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.partnerbot.core.messaging.Installation;
import org.partnerbot.core.messaging.Installations;
import org.partnerbot.slack.text.Workspaces;

/**
 * Bolt's installation store on Partnerbot's own database: one row per workspace (or per Enterprise Grid organisation
 * for an org-wide install), the bot's tokens sealed by {@link TokenSeal}. Only the bot's credentials are kept: no user
 * token is asked for, and the installing person is not recorded. A row whose tokens do not open (the client secret
 * changed) is no installation: the workspace is asked to install again.
 */
public final class DatabaseInstallationService implements InstallationService {

    private final Installations installations;
    private final TokenSeal seal;
    private final Clock clock;

    public DatabaseInstallationService(Installations installations, String clientSecret, Clock clock) {
        this.installations = installations;
        this.seal = new TokenSeal(clientSecret);
        this.clock = clock;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean isHistoricalDataEnabled) {
        if (isHistoricalDataEnabled) {
            throw new UnsupportedOperationException("only the current installation of each workspace is kept");
        }
    }

    @Override
    public void saveInstallerAndBot(Installer installer) {
        saveBot(installer.toBot());
    }

    @Override
    public void saveBot(Bot bot) {
        boolean orgWide = Boolean.TRUE.equals(bot.getIsEnterpriseInstall());
        installations.save(new Installation(Workspaces.PLATFORM, bot.getEnterpriseId(), orgWide ? "" : bot.getTeamId(),
                orgWide, bot.getBotUserId(), bot.getBotId(), seal.seal(bot.getBotAccessToken()),
                seal.seal(bot.getBotRefreshToken()), bot.getBotTokenExpiresAt() == null ? null
                : Instant.ofEpochMilli(bot.getBotTokenExpiresAt()), bot.getBotScope(),
                bot.getInstalledAt() == null ? clock.instant() : Instant.ofEpochMilli(bot.getInstalledAt())));
    }

    @Override
    public void deleteBot(Bot bot) {
        boolean orgWide = Boolean.TRUE.equals(bot.getIsEnterpriseInstall());
        installations.remove(Workspaces.PLATFORM, bot.getEnterpriseId(), orgWide ? "" : bot.getTeamId());
    }

    @Override
    public void deleteInstaller(Installer installer) {
        // No user tokens are kept: there is nothing of the installing person to delete.
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        installations.remove(Workspaces.PLATFORM, enterpriseId, teamId);
    }

    /** The installation serving the workspace (its own, else its organisation's org-wide one), tokens opened. */
    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        return find(enterpriseId, teamId).orElse(null);
    }

    Optional<Bot> find(String enterpriseId, String teamId) {
        if (teamId == null && enterpriseId == null) {
            return Optional.empty();
        }
        return installations.find(Workspaces.PLATFORM, enterpriseId, teamId).flatMap(this::bot);
    }

    private Optional<Bot> bot(Installation i) {
        String token = seal.open(i.botToken());
        if (token == null) {
            return Optional.empty();
        }
        DefaultBot b = new DefaultBot();
        b.setEnterpriseId(i.enterpriseId().isEmpty() ? null : i.enterpriseId());
        b.setTeamId(i.teamId().isEmpty() ? null : i.teamId());
        b.setIsEnterpriseInstall(i.orgWide());
        b.setBotUserId(i.botUserId());
        b.setBotId(i.botId());
        b.setBotAccessToken(token);
        b.setBotRefreshToken(seal.open(i.refreshToken()));
        b.setBotTokenExpiresAt(i.tokenExpiresAt() == null ? null : i.tokenExpiresAt().toEpochMilli());
        b.setScope(i.scopes());
        b.setBotScope(i.scopes());
        b.setInstalledAt(i.installedAt() == null ? null : i.installedAt().toEpochMilli());
        return Optional.of(b);
    }

    /** Never a token. */
    @Override
    public String toString() {
        return "DatabaseInstallationService";
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        return null; // no user tokens are kept
    }
}

package org.partnerbot.core.store.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.partnerbot.core.messaging.Installation;
import org.partnerbot.core.messaging.Installations;
import org.partnerbot.core.store.Jdbc;

public final class JdbcInstallations implements Installations {

    private final Jdbc jdbc;

    public JdbcInstallations(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Installation i) {
        jdbc.update("DELETE FROM installations WHERE platform = ? AND enterprise_id = ? AND team_id = ?", i.platform(),
                i.enterpriseId(), i.teamId());
        jdbc.update("INSERT INTO installations (platform, enterprise_id, team_id, org_wide, bot_user_id, bot_id, bot_token,"
                        + " refresh_token, token_expires_at, scopes, installed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                i.platform(), i.enterpriseId(), i.teamId(), i.orgWide(), i.botUserId(), i.botId(), i.botToken(),
                i.refreshToken(), i.tokenExpiresAt(), i.scopes(), i.installedAt());
    }

    @Override
    public Optional<Installation> find(String platform, String enterpriseId, String teamId) {
        String enterprise = enterpriseId == null ? "" : enterpriseId;
        Optional<Installation> own = jdbc.one("SELECT * FROM installations WHERE platform = ? AND enterprise_id = ? AND team_id = ?",
                JdbcInstallations::row, platform, enterprise, teamId == null ? "" : teamId);
        if (own.isPresent() || enterprise.isEmpty()) {
            return own;
        }
        return jdbc.one("SELECT * FROM installations WHERE platform = ? AND enterprise_id = ? AND team_id = '' AND org_wide",
                JdbcInstallations::row, platform, enterprise);
    }

    @Override
    public boolean remove(String platform, String enterpriseId, String teamId) {
        return jdbc.update("DELETE FROM installations WHERE platform = ? AND enterprise_id = ? AND team_id = ?", platform,
                enterpriseId == null ? "" : enterpriseId, teamId == null ? "" : teamId) > 0;
    }

    @Override
    public void issueState(String state, Instant expiresAt) {
        jdbc.update("DELETE FROM install_states WHERE expires_at < ?", expiresAt.minusSeconds(86_400)); // long gone by now
        jdbc.update("INSERT INTO install_states (state, expires_at) VALUES (?, ?)", state, expiresAt);
    }

    @Override
    public boolean stateAvailable(String state, Instant now) {
        return jdbc.one("SELECT 1 FROM install_states WHERE state = ? AND expires_at > ?", rs -> 1, state, now).isPresent();
    }

    @Override
    public boolean takeState(String state, Instant now) {
        // One DELETE decides: of two callbacks racing with the same value, only one removes the row.
        return jdbc.update("DELETE FROM install_states WHERE state = ? AND expires_at > ?", state, now) == 1;
    }

    private static Installation row(ResultSet rs) throws SQLException {
        return new Installation(rs.getString("platform"), rs.getString("enterprise_id"), rs.getString("team_id"),
                rs.getBoolean("org_wide"), rs.getString("bot_user_id"), rs.getString("bot_id"), rs.getString("bot_token"),
                rs.getString("refresh_token"), Jdbc.instant(rs, "token_expires_at"), rs.getString("scopes"),
                Jdbc.instant(rs, "installed_at"));
    }
}

package org.partnerbot.core.store.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.partnerbot.core.dashboard.Reader;
import org.partnerbot.core.dashboard.SignInTokens;
import org.partnerbot.core.store.Jdbc;

public final class JdbcSignInTokens implements SignInTokens {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcSignInTokens(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void storeLink(String tokenHash, Reader reader, Instant expires) {
        jdbc.update("INSERT INTO dashboard_links (token_hash, workspace, user_key, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                tokenHash, reader.workspace(), reader.userKey(), clock.instant(), expires);
    }

    @Override
    public Optional<Reader> useLink(String tokenHash, Instant now) {
        // One UPDATE decides: of two requests racing with the same link, only one changes the row.
        int used = jdbc.update("UPDATE dashboard_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
                now, tokenHash, now);
        if (used == 0) {
            return Optional.empty();
        }
        return jdbc.one("SELECT workspace, user_key FROM dashboard_links WHERE token_hash = ?",
                rs -> new Reader(rs.getString(1), rs.getString(2)), tokenHash);
    }

    @Override
    public void storeSession(String tokenHash, Reader reader, Instant expires) {
        jdbc.update("INSERT INTO dashboard_sessions (token_hash, workspace, user_key, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                tokenHash, reader.workspace(), reader.userKey(), clock.instant(), expires);
    }

    @Override
    public Optional<Reader> session(String tokenHash, Instant now) {
        return jdbc.one("SELECT workspace, user_key FROM dashboard_sessions WHERE token_hash = ? AND expires_at > ?",
                rs -> new Reader(rs.getString(1), rs.getString(2)), tokenHash, now);
    }

    @Override
    public boolean signedIn(Reader reader, Instant now) {
        return jdbc.one("SELECT COUNT(*) FROM dashboard_sessions WHERE workspace = ? AND user_key = ? AND expires_at > ?",
                rs -> rs.getInt(1), reader.workspace(), reader.userKey(), now).orElse(0) > 0;
    }

    @Override
    public void endSession(String tokenHash) {
        jdbc.update("DELETE FROM dashboard_sessions WHERE token_hash = ?", tokenHash);
    }

    @Override
    public void forgetExpired(Instant now) {
        jdbc.update("DELETE FROM dashboard_links WHERE expires_at <= ?", now);
        jdbc.update("DELETE FROM dashboard_sessions WHERE expires_at <= ?", now);
    }
}

package org.partnerbot.core.store.signing;

import java.time.Clock;
import java.util.Base64;
import org.partnerbot.core.signing.SigningKeys;
import org.partnerbot.core.store.Jdbc;

public final class JdbcSigningKeys implements SigningKeys {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcSigningKeys(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public byte[] key(String name, byte[] fresh) {
        // Two nodes starting at once both try; the unique name keeps the first, and both then read it.
        jdbc.insertUnlessDuplicate("INSERT INTO signing_keys (name, secret, created_at) VALUES (?, ?, ?)",
                name, Base64.getEncoder().encodeToString(fresh), clock.instant());
        String stored = jdbc.one("SELECT secret FROM signing_keys WHERE name = ?", rs -> rs.getString(1), name).orElseThrow();
        return Base64.getDecoder().decode(stored);
    }
}

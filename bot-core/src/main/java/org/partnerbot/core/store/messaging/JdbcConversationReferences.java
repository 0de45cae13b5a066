package org.partnerbot.core.store.messaging;

import java.time.Clock;
import java.util.Optional;
import org.partnerbot.core.messaging.ConversationReferences;
import org.partnerbot.core.store.Jdbc;

public final class JdbcConversationReferences implements ConversationReferences {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcConversationReferences(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void save(String workspace, String key, String reference) {
        int updated = jdbc.update("UPDATE conversation_refs SET reference = ?, active = TRUE, updated_at = ?"
                + " WHERE workspace = ? AND ref_key = ?", reference, clock.instant(), workspace, key);
        boolean inserted = updated > 0 || jdbc.insertUnlessDuplicate("INSERT INTO conversation_refs (workspace, ref_key,"
                + " reference, active, updated_at) VALUES (?, ?, ?, TRUE, ?)", workspace, key, reference, clock.instant());
        if (!inserted) {
            // A concurrent first save won the insert; ours is as fresh, so it still lands.
            jdbc.update("UPDATE conversation_refs SET reference = ?, active = TRUE, updated_at = ? WHERE workspace = ? AND ref_key = ?",
                    reference, clock.instant(), workspace, key);
        }
    }

    @Override
    public Optional<String> findActive(String workspace, String key) {
        return jdbc.one("SELECT reference FROM conversation_refs WHERE workspace = ? AND ref_key = ? AND active",
                rs -> rs.getString(1), workspace, key);
    }

    @Override
    public void deactivate(String workspace, String key) {
        jdbc.update("UPDATE conversation_refs SET active = FALSE, updated_at = ? WHERE workspace = ? AND ref_key = ?",
                clock.instant(), workspace, key);
    }
}

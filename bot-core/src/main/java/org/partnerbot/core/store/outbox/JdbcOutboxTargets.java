package org.partnerbot.core.store.outbox;

import java.util.List;
import java.util.Optional;
import org.partnerbot.core.outbox.OutboxTargets;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.store.Jdbc;
import org.partnerbot.core.store.partnership.JdbcPartnerships;

/** Finds a partnership's workspace from its id, then reads it through the core's own (workspace-scoped) port. */
public final class JdbcOutboxTargets implements OutboxTargets {

    private final Jdbc jdbc;
    private final Partnerships partnerships;

    public JdbcOutboxTargets(Jdbc jdbc, Partnerships partnerships) {
        this.jdbc = jdbc;
        this.partnerships = partnerships;
    }

    @Override
    public List<Partnership> all() {
        record Key(long id, String workspace) {
        }
        return jdbc.list("SELECT id, workspace FROM partnerships ORDER BY id", rs -> new Key(rs.getLong(1), rs.getString(2)))
                .stream().flatMap(k -> partnerships.findById(k.workspace(), k.id()).stream()).toList();
    }

    @Override
    public Optional<Partnership> lockById(long partnershipId) {
        return jdbc.locking("SELECT " + JdbcPartnerships.COLUMNS + " FROM partnerships p WHERE p.id = ? FOR UPDATE",
                JdbcPartnerships::map, partnershipId);
    }

    @Override
    public Optional<Partnership> byId(long partnershipId) {
        return jdbc.one("SELECT workspace FROM partnerships WHERE id = ?", rs -> rs.getString(1), partnershipId)
                .flatMap(w -> partnerships.findById(w, partnershipId));
    }
}

package org.partnerbot.core.jdbc;

import java.time.Clock;
import org.partnerbot.core.bot.DeliveryLog;

final class JdbcDeliveryLog implements DeliveryLog {

    private final Jdbc jdbc;
    private final Clock clock;

    JdbcDeliveryLog(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean firstDelivery(String workspace, String deliveryId) {
        boolean seen = jdbc.one("SELECT 1 FROM delivery_log WHERE workspace = ? AND delivery_id = ?", rs -> 1,
                workspace, deliveryId).isPresent();
        if (seen) {
            return false;
        }
        // A concurrent twin on another thread or node fails here with a unique violation and rolls back.
        jdbc.update("INSERT INTO delivery_log (workspace, delivery_id, seen_at) VALUES (?, ?, ?)",
                workspace, deliveryId, clock.instant());
        return true;
    }
}

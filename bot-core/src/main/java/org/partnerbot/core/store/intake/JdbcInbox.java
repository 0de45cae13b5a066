package org.partnerbot.core.store.intake;

import java.time.Clock;
import org.partnerbot.core.intake.Inbox;
import org.partnerbot.core.store.Jdbc;

public final class JdbcInbox implements Inbox {

    private final Jdbc jdbc;
    private final Clock clock;

    public JdbcInbox(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean takeIn(String workspace, String deliveryId) {
        // A twin delivery on another thread or node waits on the row lock, then sees the duplicate.
        return jdbc.insertUnlessDuplicate("INSERT INTO delivery_log (workspace, delivery_id, seen_at) VALUES (?, ?, ?)",
                workspace, deliveryId, clock.instant());
    }
}

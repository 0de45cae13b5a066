package org.partnerbot.core.reminders;

import java.util.List;
import java.util.Optional;
import org.partnerbot.core.partnership.Partnership;

/** Port: partnerships as the scheduler sees them, across workspaces (a timer carries only the partnership id). */
public interface ReminderTargets {

    List<Partnership> all();

    Optional<Partnership> byId(long partnershipId);
}

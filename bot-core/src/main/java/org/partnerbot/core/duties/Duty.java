package org.partnerbot.core.duties;

import java.time.Instant;
import java.util.List;
import org.partnerbot.core.partnership.Member;

/** A standing responsibility; it is UNASSIGNED with no owner and DUPLICATED with more than one. */
public record Duty(long id, String name, String description, List<Member> owners, Instant ownersChangedAt) {

    public Duty {
        owners = List.copyOf(owners);
    }

    public boolean unassigned() {
        return owners.isEmpty();
    }

    public boolean duplicated() {
        return owners.size() > 1;
    }

    public boolean ownedBy(long memberId) {
        return owners.stream().anyMatch(m -> m.id() == memberId);
    }
}

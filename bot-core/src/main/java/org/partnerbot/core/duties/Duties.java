package org.partnerbot.core.duties;

import java.util.List;
import java.util.Optional;

/** Port: the duties register of a partnership. */
public interface Duties {

    Duty add(long partnershipId, String name, String description);

    Optional<Duty> findByName(long partnershipId, String name);

    List<Duty> list(long partnershipId);

    void remove(long dutyId);

    void claim(long dutyId, long memberId);

    void release(long dutyId, long memberId);
}

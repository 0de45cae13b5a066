package org.partnerbot.core.partnership;

import java.util.List;
import java.util.Optional;

/** Port: agencies of a partnership; names are unique per partnership, ignoring case. */
public interface Agencies {

    Agency add(long partnershipId, String name);

    Optional<Agency> findByName(long partnershipId, String name);

    List<Agency> list(long partnershipId);
}

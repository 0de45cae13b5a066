package org.partnerbot.core.partnership;

import java.util.List;
import java.util.Optional;

/** Port: agencies of a partnership; names are unique per partnership, ignoring case. */
public interface Agencies {

    Agency add(long partnershipId, String name);

    Optional<Agency> findByName(long partnershipId, String name);

    List<Agency> list(long partnershipId);

    /**
     * Marks the agency as the platform organisation's (a Slack workspace, a Teams tenant); {@code organisation} null
     * unlinks it.
     */
    void link(long agencyId, String organisation, String organisationName);

    /** The agency of this partnership linked to the organisation, if any. */
    default Optional<Agency> linkedTo(long partnershipId, String organisation) {
        return organisation == null ? Optional.empty()
                : list(partnershipId).stream().filter(a -> organisation.equals(a.organisation())).findFirst();
    }
}

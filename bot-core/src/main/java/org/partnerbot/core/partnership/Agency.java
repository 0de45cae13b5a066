package org.partnerbot.core.partnership;

/**
 * An organisation taking part in a partnership.
 *
 * @param organisation     the platform organisation it is linked to ({@code agency link}: a Slack workspace or Teams
 *                         tenant, as a workspace key), or null
 * @param organisationName that organisation's name when it was linked, or null
 */
public record Agency(long id, long partnershipId, String name, String organisation, String organisationName) {

    public Agency(long id, long partnershipId, String name) {
        this(id, partnershipId, name, null, null);
    }

    public boolean linked() {
        return organisation != null;
    }
}

package org.partnerbot.core.command;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The chat user behind an input, as the platform identifies them. {@code zone} may be null when unknown;
 * {@code locale} is the platform's language tag for them (Slack's user locale, Teams' activity locale, the console's
 * {@code PARTNERBOT_LANGUAGE}), null when it did not say.
 *
 * @param organisation     the person's own organisation as a workspace key ({@code slack:T2} for a person of a
 *                         connected Slack workspace, {@code teams:<their tenant>}), null when the platform did not say
 *                         (then it is the workspace the input came from)
 * @param organisationName that organisation's name as the platform's directory gives it, or null
 */
public record Speaker(String userKey, String displayName, ZoneId zone, String locale, String organisation,
                      String organisationName) {

    /** Between a person's name and their organisation's: "dan · Police Scotland". */
    public static final String ORGANISATION_MARK = " · ";

    /**
     * The longest name and organisation name kept: a platform may send any length (a Teams activity's {@code from.name}
     * is what the client says), and "name · organisation" must fit a stored display name (200).
     */
    static final int MAX_NAME = 100;
    static final int MAX_ORGANISATION_NAME = 90;

    public Speaker {
        Objects.requireNonNull(userKey);
        if (displayName == null || displayName.isBlank()) {
            displayName = userKey;
        }
        displayName = CommandText.shortened(displayName.strip(), MAX_NAME);
        organisation = organisation == null || organisation.isBlank() ? null : organisation;
        organisationName = organisationName == null || organisationName.isBlank() ? null
                : CommandText.shortened(organisationName.strip(), MAX_ORGANISATION_NAME);
    }

    public Speaker(String userKey, String displayName, ZoneId zone, String locale) {
        this(userKey, displayName, zone, locale, null, null);
    }

    public Speaker(String userKey, String displayName, ZoneId zone) {
        this(userKey, displayName, zone, null);
    }

    public Speaker withOrganisation(String key, String name) {
        return new Speaker(userKey, displayName, zone, locale, key, name);
    }

    /** Whether the person belongs to another organisation than the one hosting {@code workspace}. */
    public boolean guestIn(String workspace) {
        return organisation != null && !organisation.equals(workspace);
    }

    /**
     * The name to show for them in a partnership hosted by {@code workspace}: their own, with their organisation's where
     * it differs from the host's ("dan · Police Scotland"), so everyone in a shared channel can tell who speaks for whom.
     *
     * @param fallbackOrganisationName the organisation's name when the platform gave none (e.g. the agency linked to it)
     */
    public String nameIn(String workspace, String fallbackOrganisationName) {
        String org = organisationName != null ? organisationName : fallbackOrganisationName;
        if (!guestIn(workspace) || org == null || org.isBlank() || displayName.endsWith(ORGANISATION_MARK + org)) {
            return displayName;
        }
        return displayName + ORGANISATION_MARK + org;
    }
}

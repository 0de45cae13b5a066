package org.partnerbot.core.command;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The chat user behind an input, as the platform identifies them. {@code zone} may be null when unknown;
 * {@code locale} is the platform's language tag for them (Slack's user locale, Teams' activity locale, the console's
 * {@code PARTNERBOT_LANGUAGE}), null when it did not say.
 */
public record Speaker(String userKey, String displayName, ZoneId zone, String locale) {

    public Speaker {
        Objects.requireNonNull(userKey);
        if (displayName == null || displayName.isBlank()) {
            displayName = userKey;
        }
    }

    public Speaker(String userKey, String displayName, ZoneId zone) {
        this(userKey, displayName, zone, null);
    }
}

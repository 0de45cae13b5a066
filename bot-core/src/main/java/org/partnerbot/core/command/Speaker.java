package org.partnerbot.core.command;

import java.time.ZoneId;
import java.util.Objects;

/** The chat user behind an input, as the platform identifies them. {@code zone} may be null when unknown. */
public record Speaker(String userKey, String displayName, ZoneId zone) {

    public Speaker {
        Objects.requireNonNull(userKey);
        if (displayName == null || displayName.isBlank()) {
            displayName = userKey;
        }
    }
}

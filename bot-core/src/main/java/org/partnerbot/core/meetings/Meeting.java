package org.partnerbot.core.meetings;

import java.time.Instant;

/** One occurrence of the partnership's meeting; live while {@code endedAt} is null. */
public record Meeting(long id, long partnershipId, String title, long chairId, Instant startedAt, Instant endedAt) {

    public boolean live() {
        return endedAt == null;
    }
}

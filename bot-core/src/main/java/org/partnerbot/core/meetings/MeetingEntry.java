package org.partnerbot.core.meetings;

import java.time.Instant;

public record MeetingEntry(long id, EntryKind kind, String text, String memberKey, String memberName, Long actionId,
                           Instant at) {
}

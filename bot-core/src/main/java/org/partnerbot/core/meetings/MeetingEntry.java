package org.partnerbot.core.meetings;

import java.time.Instant;

/**
 * One entry of the minutes. {@code number} is its place among the entries still in the minutes (what
 * {@code minutes edit <entry>} names); {@code url} is set for a {@code #link}; {@code memberId} is who recorded it.
 */
public record MeetingEntry(long id, EntryKind kind, String text, String memberKey, String memberName, Long actionId,
                           Instant at, int number, String url, long memberId) {

    public MeetingEntry(long id, EntryKind kind, String text, String memberKey, String memberName, Long actionId,
                        Instant at) {
        this(id, kind, text, memberKey, memberName, actionId, at, 0, null, 0);
    }
}

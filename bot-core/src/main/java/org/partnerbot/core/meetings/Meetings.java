package org.partnerbot.core.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: meetings, what they recorded, and who spoke. */
public interface Meetings {

    Meeting start(long partnershipId, String title, long chairId);

    Optional<Meeting> live(long partnershipId);

    void end(long meetingId);

    void record(long meetingId, EntryKind kind, String text, long memberId, Long actionId);

    /** Counts one more line said by the member, under the agency they belong to now. */
    void countLine(long meetingId, long memberId, Long agencyId);

    List<MeetingEntry> entries(long meetingId);

    List<Attendance> attendance(long meetingId);

    Optional<Meeting> lastEnded(long partnershipId);

    /** Ended meetings that started in [from, to), latest first. */
    List<Meeting> endedBetween(long partnershipId, Instant from, Instant to);
}

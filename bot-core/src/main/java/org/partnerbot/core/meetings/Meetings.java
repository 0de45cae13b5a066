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

    /** A {@code #link}: the address kept apart from the words said about it. */
    void recordLink(long meetingId, String url, String text, long memberId);

    /** The last entry still in the minutes (what {@code #undo} would remove). */
    Optional<MeetingEntry> lastEntry(long meetingId);

    /** Takes an entry out of the minutes; the row stays, marked removed. */
    void removeEntry(long entryId);

    void rename(long meetingId, String title);

    /** Makes the member a chair of this meeting; false when they already were. */
    boolean addChair(long meetingId, long memberId);

    /** Ends the member's chairing of this meeting; false when they were not a chair of it. */
    boolean removeChair(long meetingId, long memberId);

    /** The members made chairs of this meeting with {@code #chair} (not the one who started it). */
    List<Long> chairs(long meetingId);

    /** A meeting of the partnership by id. */
    Optional<Meeting> find(long partnershipId, long meetingId);

    /** Records the member as present without counting a line (their line was minute-taking). */
    void present(long meetingId, long memberId, Long agencyId);
}

package org.partnerbot.core.meetings;

/** Who chairs the live meeting: the one who started it and whoever they made chair with {@code #chair}. */
@FunctionalInterface
public interface MeetingChairs {

    MeetingChairs NONE = (partnershipId, memberId) -> false;

    boolean chairsLiveMeeting(long partnershipId, long memberId);

    static MeetingChairs of(Meetings meetings) {
        return (partnershipId, memberId) -> meetings.live(partnershipId)
                .map(m -> m.chairId() == memberId || meetings.chairs(m.id()).contains(memberId)).orElse(false);
    }
}

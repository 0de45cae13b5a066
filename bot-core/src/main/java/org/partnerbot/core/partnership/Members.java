package org.partnerbot.core.partnership;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Port: people and their membership of partnerships. */
public interface Members {

    /** Records the chat user (display name and zone refreshed when given) and makes them a member. */
    Member enrol(long partnershipId, String workspace, String userKey, String displayName, ZoneId zone);

    Optional<Member> findByUserKey(long partnershipId, String userKey);

    Optional<Member> findById(long memberId);

    List<Member> list(long partnershipId);

    List<Member> ofAgency(long agencyId);

    void setAgency(long memberId, Long agencyId);

    void setChair(long memberId, boolean chair);

    void setAdmin(long memberId, boolean admin);
}

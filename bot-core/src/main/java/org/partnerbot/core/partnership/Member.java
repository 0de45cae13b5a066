package org.partnerbot.core.partnership;

import java.time.ZoneId;
import org.partnerbot.core.reply.Line;

/**
 * A chat user inside one partnership, with the agency they belong to (if any), their roles and where they stand.
 * A forgotten member has no user key and is named by their pseudonym ("former member 3").
 */
public record Member(long id, long partnershipId, String userKey, String displayName, ZoneId zone,
                     Long agencyId, String agencyName, boolean admin, boolean chair, MembershipStatus status,
                     MembershipSource source) {

    /** An active member added through the channel. */
    public Member(long id, long partnershipId, String userKey, String displayName, ZoneId zone,
                  Long agencyId, String agencyName, boolean admin, boolean chair) {
        this(id, partnershipId, userKey, displayName, zone, agencyId, agencyName, admin, chair,
                MembershipStatus.ACTIVE, MembershipSource.CHANNEL);
    }

    public boolean hasAgency() {
        return agencyId != null;
    }

    public boolean canChair() {
        return chair || admin;
    }

    /** Whether they are a member now (not waiting for approval, not gone). */
    public boolean active() {
        return status == MembershipStatus.ACTIVE;
    }

    /** "priya (NHS Community Health)" with the person as a mention. */
    public Line withAgency() {
        Line.Builder b = Line.builder().person(userKey, displayName);
        if (hasAgency()) {
            b.text(" (" + agencyName + ")");
        }
        return b.build();
    }

    public Line mention() {
        return Line.builder().person(userKey, displayName).build();
    }
}

package org.partnerbot.core.partnership;

import java.time.ZoneId;
import org.partnerbot.core.reply.Line;

/** A chat user inside one partnership, with the agency they belong to (if any) and their roles. */
public record Member(long id, long partnershipId, String userKey, String displayName, ZoneId zone,
                     Long agencyId, String agencyName, boolean admin, boolean chair) {

    public boolean hasAgency() {
        return agencyId != null;
    }

    public boolean canChair() {
        return chair || admin;
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

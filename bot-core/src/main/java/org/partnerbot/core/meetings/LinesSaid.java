package org.partnerbot.core.meetings;

import java.time.Instant;
import org.partnerbot.core.intake.ChannelActivity;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Partnership;

/** Counts every message said in the partnership's conversation while a meeting is live. */
public final class LinesSaid implements ChannelActivity {

    private final Meetings meetings;

    public LinesSaid(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public boolean said(Partnership partnership, Member member, Instant at) {
        return meetings.live(partnership.id()).map(m -> {
            meetings.countLine(m.id(), member.id(), member.agencyId());
            return true;
        }).orElse(false);
    }
}

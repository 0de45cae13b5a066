package org.partnerbot.core.intake;

import java.util.Optional;
import org.partnerbot.core.access.Standing;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Partnership;

/**
 * Who said something where, once taken in: the partnership of the conversation (if any), where the speaker stands in
 * it now, whether it was said in its own channel, and whether a meeting is live there (so the line was counted and
 * chatter is expected).
 */
public record Heard(Optional<Partnership> partnership, Standing standing, boolean inChannel, boolean meetingLive) {

    /** The speaker's membership in whatever state; null when there is no partnership or they never had one. */
    public Member asker() {
        return standing.member();
    }
}

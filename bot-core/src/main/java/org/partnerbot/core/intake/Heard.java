package org.partnerbot.core.intake;

import java.util.Optional;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Partnership;

/**
 * Who said something where, once taken in: the partnership of the conversation (if any), the speaker enrolled in it,
 * and whether a meeting is live there (so the line was counted and chatter is expected).
 *
 * @param asker null when there is no partnership
 */
public record Heard(Optional<Partnership> partnership, Member asker, boolean meetingLive) {
}

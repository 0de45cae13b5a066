package org.partnerbot.core.command;

import java.time.Instant;
import java.time.ZoneId;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Partnership;

/**
 * One run of a command: who asked, where, with what text after the command's words, at what time.
 * {@code partnership} and {@code asker} are null only for commands that run without a partnership (setup, help);
 * {@code asker} may be someone who is not an active member only for commands any person may run.
 *
 * @param outsideChannel true when asked outside the partnership's own conversation (a direct message, App Home, a
 *                       button bound to the partnership pressed elsewhere): what is shown there is audited
 */
public record Invocation(CommandSpec spec, String args, Partnership partnership, Member asker, Speaker speaker,
                         String workspace, String conversationKey, String conversationRef, Instant now,
                         boolean outsideChannel) {

    public long partnershipId() {
        return partnership.id();
    }

    /** The zone to show times in for the asker: their own if the platform told us, else the partnership's. */
    public ZoneId askerZone() {
        if (speaker.zone() != null) {
            return speaker.zone();
        }
        return partnership == null ? ZoneId.of("UTC") : partnership.zone();
    }
}

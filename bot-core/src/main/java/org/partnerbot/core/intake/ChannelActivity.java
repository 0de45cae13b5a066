package org.partnerbot.core.intake;

import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Partnership;

/** Hears every message said in a partnership's conversation (commands and chatter alike). */
public interface ChannelActivity {

    /** Records that the member said something; returns whether a meeting is live (so chatter is expected). */
    boolean said(Partnership partnership, Member member, java.time.Instant at);

    /**
     * Records what the member said, with its text (normalised) and whether it was addressed to the bot, so what counts
     * as a contribution can be told from minute-taking. By default every line counts the same.
     */
    default boolean said(Partnership partnership, Member member, java.time.Instant at, String text, boolean addressed) {
        return said(partnership, member, at);
    }
}

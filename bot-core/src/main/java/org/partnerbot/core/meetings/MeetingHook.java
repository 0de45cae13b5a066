package org.partnerbot.core.meetings;

import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Reply;

/** Lets other capabilities add to what is said when a meeting starts or its minutes are shown. */
public interface MeetingHook {

    default void onStart(Partnership partnership, Meeting meeting, Reply.Builder reply) {
    }

    /** The start written in {@code texts}' language (called once, in the channel's first language). */
    default void onStart(Texts texts, Partnership partnership, Meeting meeting, Reply.Builder reply) {
        onStart(partnership, meeting, reply);
    }

    default void onMinutes(Partnership partnership, Meeting meeting, Reply.Builder minutes) {
    }

    /** The minutes written in {@code texts}' language (bilingual minutes are written once in each). */
    default void onMinutes(Texts texts, Partnership partnership, Meeting meeting, Reply.Builder minutes) {
        onMinutes(partnership, meeting, minutes);
    }

    /** The meeting has just ended, before its minutes are shown. */
    default void onEnd(Partnership partnership, Meeting meeting) {
    }

    /** The same, for a hook that records words: in {@code texts}' language (the channel's first). */
    default void onEnd(Texts texts, Partnership partnership, Meeting meeting) {
        onEnd(partnership, meeting);
    }
}

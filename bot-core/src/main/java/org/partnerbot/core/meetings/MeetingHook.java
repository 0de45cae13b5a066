package org.partnerbot.core.meetings;

import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Reply;

/** Lets other capabilities add to what is said when a meeting starts or its minutes are shown. */
public interface MeetingHook {

    default void onStart(Partnership partnership, Meeting meeting, Reply.Builder reply) {
    }

    /** As {@link #onStart(Partnership, Meeting, Reply.Builder)}, written in {@code texts}' language (once per language of a bilingual post). */
    default void onStart(Partnership partnership, Meeting meeting, Reply.Builder reply, Texts texts) {
        onStart(partnership, meeting, reply);
    }

    default void onMinutes(Partnership partnership, Meeting meeting, Reply.Builder minutes) {
    }

    /** As {@link #onMinutes(Partnership, Meeting, Reply.Builder)}, written in {@code texts}' language. */
    default void onMinutes(Partnership partnership, Meeting meeting, Reply.Builder minutes, Texts texts) {
        onMinutes(partnership, meeting, minutes);
    }

    /** The meeting has just ended, before its minutes are shown. */
    default void onEnd(Partnership partnership, Meeting meeting) {
    }
}

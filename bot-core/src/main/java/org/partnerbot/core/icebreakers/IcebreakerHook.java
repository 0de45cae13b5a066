package org.partnerbot.core.icebreakers;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.language.Readers;
import org.partnerbot.core.meetings.Meeting;
import org.partnerbot.core.meetings.MeetingHook;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

/** Opens every meeting with one question, unless admins turned icebreakers off. */
public final class IcebreakerHook implements MeetingHook {

    private final Icebreakers icebreakers;
    private final Readers readers;
    /** The question of a meeting whose start is being written, so a bilingual start asks the same one twice. */
    private final Map<Long, IcebreakerPicker.Question> asked = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, IcebreakerPicker.Question> eldest) {
                    return size() > 64;
                }
            });

    public IcebreakerHook(Icebreakers icebreakers, Readers readers) {
        this.icebreakers = icebreakers;
        this.readers = readers;
    }

    @Override
    public void onStart(Partnership partnership, Meeting meeting, Reply.Builder reply) {
        onStart(readers.channel(partnership.id()).get(0), partnership, meeting, reply);
    }

    /** The question is picked and recorded once per meeting, whichever languages it is then written in. */
    @Override
    public void onStart(Texts t, Partnership partnership, Meeting meeting, Reply.Builder reply) {
        if (!icebreakers.on(partnership.id())) {
            return;
        }
        IcebreakerPicker.Question q = asked.computeIfAbsent(meeting.id(), id -> {
            IcebreakerPicker.Question next = nextQuestion(partnership.id());
            icebreakers.markAsked(partnership.id(), next.key(), meeting.id());
            return next;
        });
        // A built-in question is read in the reader's language; a partnership's own stays as its author wrote it.
        String key = "icebreaker.question." + q.key().substring(q.key().indexOf(':') + 1);
        String text = q.key().startsWith("bank:") && t.has(key) ? t.t(key) : q.text();
        reply.line(t.line("icebreaker.opening", Line.builder().strong(text).build()));
    }

    /** The next question; when the whole bank has been asked, a new cycle begins. */
    private IcebreakerPicker.Question nextQuestion(long partnershipId) {
        List<Icebreakers.Custom> custom = icebreakers.custom(partnershipId);
        return IcebreakerPicker.next(partnershipId, custom, icebreakers.askedKeys(partnershipId)).orElseGet(() -> {
            icebreakers.resetAsked(partnershipId);
            return IcebreakerPicker.next(partnershipId, custom, Set.of()).orElseThrow();
        });
    }
}

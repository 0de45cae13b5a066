package org.partnerbot.core.icebreakers;

import java.util.List;
import java.util.Set;
import org.partnerbot.core.meetings.Meeting;
import org.partnerbot.core.meetings.MeetingHook;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

/** Opens every meeting with one question, unless admins turned icebreakers off. */
public final class IcebreakerHook implements MeetingHook {

    private final Icebreakers icebreakers;

    public IcebreakerHook(Icebreakers icebreakers) {
        this.icebreakers = icebreakers;
    }

    @Override
    public void onStart(Partnership partnership, Meeting meeting, Reply.Builder reply) {
        if (!icebreakers.on(partnership.id())) {
            return;
        }
        IcebreakerPicker.Question q = nextQuestion(partnership.id());
        icebreakers.markAsked(partnership.id(), q.key(), meeting.id());
        reply.line(Line.builder().text("Icebreaker (one minute each, one person per agency): ").strong(q.text()).build());
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

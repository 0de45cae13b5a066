package org.partnerbot.core.meetings;

import java.time.LocalDate;
import java.util.List;
import org.partnerbot.core.actions.Action;
import org.partnerbot.core.actions.Actions;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

/** A meeting opens with "matters arising": the actions due since the last meeting, each with its status. */
public final class MattersArisingHook implements MeetingHook {

    private static final int WEEK = 7;

    private final Meetings meetings;
    private final Actions actions;

    public MattersArisingHook(Meetings meetings, Actions actions) {
        this.meetings = meetings;
        this.actions = actions;
    }

    @Override
    public void onStart(Partnership p, Meeting meeting, Reply.Builder reply) {
        meetings.lastEnded(p.id()).ifPresent(last -> {
            LocalDate since = last.startedAt().atZone(p.zone()).toLocalDate().minusDays(1);
            LocalDate today = meeting.startedAt().atZone(p.zone()).toLocalDate();
            List<Action> due = actions.dueBetween(p.id(), LocalDate.of(1, 1, 1), today.plusDays(WEEK)).stream()
                    .filter(a -> a.open() || a.due().isAfter(since)).toList();
            reply.list("Matters arising: actions due since the last meeting, still open, or due within a week ("
                    + due.size() + ")",
                    due.stream().map(a -> Block.Item.of(Line.builder().text(a.number() + ". " + a.text() + " · ").append(a.owner())
                            .text(" · due " + a.due() + " · " + a.statusText(today)).build())).toList(),
                    "None due.");
            reply.note("Take them with `#topic matters arising`.");
        });
    }
}

package org.partnerbot.core.meetings;

import java.time.LocalDate;
import java.util.List;
import org.partnerbot.core.actions.Action;
import org.partnerbot.core.actions.Actions;
import org.partnerbot.core.actions.ActionsView;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Block;
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
    public void onStart(Texts t, Partnership p, Meeting meeting, Reply.Builder reply) {
        meetings.lastEnded(p.id()).ifPresent(last -> {
            LocalDate since = last.startedAt().atZone(p.zone()).toLocalDate().minusDays(1);
            LocalDate today = meeting.startedAt().atZone(p.zone()).toLocalDate();
            List<Action> due = actions.dueBetween(p.id(), LocalDate.of(1, 1, 1), today.plusDays(WEEK)).stream()
                    .filter(a -> a.open() || a.due().isAfter(since)).toList();
            reply.list(t.t("record.mattersArising.heading", due.size()),
                    due.stream().map(a -> Block.Item.of(ActionsView.logLine(t, a, today))).toList(),
                    t.t("record.mattersArising.none"));
            reply.note(t.t("record.mattersArising.how"));
        });
    }
}

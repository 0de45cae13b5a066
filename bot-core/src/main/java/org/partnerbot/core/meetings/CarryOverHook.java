package org.partnerbot.core.meetings;

import java.time.LocalDate;
import java.util.List;
import org.partnerbot.core.actions.Action;
import org.partnerbot.core.actions.Actions;
import org.partnerbot.core.actions.ActionsView;
import org.partnerbot.core.meetings.Meeting;
import org.partnerbot.core.meetings.MeetingHook;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Reply;

/**
 * At meeting start, lists actions still open from earlier meetings for review, by owner with UNASSIGNED
 * last: an action that leaves a meeting must come back to one until it is done. (The agenda shown at start
 * already marks items carried over.)
 */
public final class CarryOverHook implements MeetingHook {

    private final Actions actions;
    private final ActionsView view;

    public CarryOverHook(Actions actions, ActionsView view) {
        this.actions = actions;
        this.view = view;
    }

    @Override
    public void onStart(Texts t, Partnership partnership, Meeting meeting, Reply.Builder reply) {
        List<Action> earlier = actions.open(partnership.id()).stream()
                .filter(a -> a.meetingId() == null || a.meetingId() != meeting.id())
                .toList();
        if (earlier.isEmpty()) {
            return;
        }
        LocalDate today = meeting.startedAt().atZone(partnership.zone()).toLocalDate();
        reply.heading(t.t("record.carryOver.heading", earlier.size()));
        view.ownerSections(t, earlier, today, reply);
    }
}

package org.partnerbot.core.dashboard;

import org.partnerbot.core.meetings.Meeting;
import org.partnerbot.core.meetings.MeetingHook;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Reply;

/** Records the partnership's shape as each meeting starts, in its transaction: the trends' points over time. */
public final class SnapshotHook implements MeetingHook {

    private final Snapshots snapshots;
    private final DashboardViews views;

    public SnapshotHook(Snapshots snapshots, DashboardViews views) {
        this.snapshots = snapshots;
        this.views = views;
    }

    @Override
    public void onStart(Partnership partnership, Meeting meeting, Reply.Builder reply) {
        snapshots.take(partnership.id(), meeting.id(), views.snapshotNow(partnership, meeting.startedAt()));
    }
}

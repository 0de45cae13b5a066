package org.partnerbot.core.health;

import java.util.List;
import org.partnerbot.core.meetings.Bars;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Words;

/** The health report as the partnership reads it: warnings named plainly, shares as text bars. */
public final class ReportView {

    public Reply.Builder render(HealthReport r, Reply.Builder reply) {
        reply.heading("Partnership health: " + r.partnership());
        reply.list(Words.count(r.agencies(), "agency", "agencies") + " · " + Words.count(r.members(), "member", "members")
                        + (r.membersWithoutAgency() > 0 ? " (" + r.membersWithoutAgency() + " without an agency)" : ""),
                r.membersByAgency().stream().map(s -> Block.Item.of(Line.of(s.agency() + ": "
                        + Words.count(s.count(), "member", "members")))).toList(),
                "No agencies yet.");
        reply.text("Communication channels between agencies: " + r.channels() + " (n(n−1)/2 with n = " + r.agencies() + ")");
        reply.text("Duties: " + r.duties() + " · UNASSIGNED " + r.unassignedDuties().size() + list(r.unassignedDuties())
                + " · DUPLICATED " + r.duplicatedDuties().size() + list(r.duplicatedDuties()));
        reply.text("Open actions: UNASSIGNED " + r.unassignedActions() + " · overdue " + r.overdueActions());
        if (r.meetingsCounted() == 0) {
            reply.note("No meeting has ended yet: shares of talk and agenda appear after the first one.");
            return reply;
        }
        String window = "last " + Words.count(r.meetingsCounted(), "meeting", "meetings");
        reply.text("Actions from the " + window + ": " + r.recordedInWindow() + " recorded · " + r.doneInWindow()
                + " done · " + r.doneOnTime() + " done on time");
        bars(reply, "Share of lines said (" + window + ")", r.lines());
        reply.note("Lines said: " + org.partnerbot.core.meetings.LinesSaid.WHAT_COUNTS + ".");
        bars(reply, "Share of agenda items (" + window + ")", r.agendaItems());
        List<Share> thanked = HealthCalculator.largestFirst(r.kudos()).stream().filter(k -> k.count() > 0).toList();
        if (!thanked.isEmpty()) {
            reply.text("Kudos received (" + window + "): " + String.join(" · ",
                    thanked.stream().map(k -> k.agency() + " " + k.count()).toList()));
        }
        if (!r.silentAgencies().isEmpty()) {
            reply.text("SILENT for the last " + HealthCalculator.SILENT_RUN + " meetings: " + String.join(", ", r.silentAgencies())
                    + " — chair, invite them in or ask whether the partnership still needs them.");
        }
        if (r.suggestWorkingGroups()) {
            reply.note("With " + r.agencies() + " agencies (" + r.channels() + " channels) the whole partnership is a lot to "
                    + "coordinate: working groups on specific topics may help."
                    + (r.dormantAgencies().isEmpty() ? "" : " Dormant over the " + window + ": "
                    + String.join(", ", r.dormantAgencies()) + "."));
        }
        return reply;
    }

    private static void bars(Reply.Builder reply, String title, List<Share> shares) {
        int total = HealthCalculator.total(shares);
        reply.list(title + ", " + total + " in all",
                HealthCalculator.largestFirst(shares).stream().map(s -> Block.Item.of(Line.of(Bars.bar(s.agency(), s.count(), total))))
                        .toList(), "No agencies yet.");
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "" : ": " + String.join(", ", names);
    }
}

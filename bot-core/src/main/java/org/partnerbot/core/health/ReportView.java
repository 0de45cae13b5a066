package org.partnerbot.core.health;

import java.util.List;
import org.partnerbot.core.meetings.Bars;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.i18n.Texts;

/** The health report as the partnership reads it: warnings named plainly, shares as text bars. */
public final class ReportView {

    public Reply.Builder render(HealthReport r, Reply.Builder reply, Texts t) {
        reply.heading(t.t("report.heading", r.partnership()));
        reply.list(r.membersWithoutAgency() > 0
                        ? t.t("report.size.withoutAgency", r.agencies(), r.members(), r.membersWithoutAgency())
                        : t.t("report.size", r.agencies(), r.members()),
                r.membersByAgency().stream().map(s -> Block.Item.of(Line.of(t.t("report.agencyMembers", s.agency(),
                        s.count())))).toList(),
                t.t("report.noAgencies"));
        reply.text(t.t("report.channels", r.channels(), r.agencies()));
        reply.text(t.t("report.duties", r.duties(), r.unassignedDuties().size(), list(r.unassignedDuties()),
                r.duplicatedDuties().size(), list(r.duplicatedDuties())));
        reply.text(t.t("report.openActions", r.unassignedActions(), r.overdueActions()));
        if (r.meetingsCounted() == 0) {
            reply.note(t.t("report.noMeetingYet"));
            return reply;
        }
        String window = t.t("report.window", r.meetingsCounted());
        reply.text(t.t("report.actions", window, r.recordedInWindow(), r.doneInWindow(), r.doneOnTime()));
        bars(reply, t.t("report.lines", window), r.lines(), t);
        reply.note(t.t("report.linesSaid", t.t("record.minutes.whatCounts")));
        bars(reply, t.t("report.agendaItems", window), r.agendaItems(), t);
        List<Share> thanked = HealthCalculator.largestFirst(r.kudos()).stream().filter(k -> k.count() > 0).toList();
        if (!thanked.isEmpty()) {
            reply.text(t.t("report.kudos", window, String.join(" · ",
                    thanked.stream().map(k -> k.agency() + " " + k.count()).toList())));
        }
        if (!r.silentAgencies().isEmpty()) {
            reply.text(t.t("report.silent", HealthCalculator.SILENT_RUN, String.join(", ", r.silentAgencies())));
        }
        if (r.suggestWorkingGroups()) {
            reply.note(t.t("report.workingGroups", r.agencies(), r.channels())
                    + (r.dormantAgencies().isEmpty() ? "" : " " + t.t("report.dormant", window,
                    String.join(", ", r.dormantAgencies()))));
        }
        return reply;
    }

    private static void bars(Reply.Builder reply, String title, List<Share> shares, Texts t) {
        int total = HealthCalculator.total(shares);
        reply.list(t.t("report.inAll", title, total),
                HealthCalculator.largestFirst(shares).stream().map(s -> Block.Item.of(Line.of(Bars.bar(s.agency(), s.count(), total))))
                        .toList(), t.t("report.noAgencies"));
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "" : ": " + String.join(", ", names);
    }
}

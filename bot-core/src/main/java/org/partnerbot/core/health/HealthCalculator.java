package org.partnerbot.core.health;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partnerbot.core.actions.Action;
import org.partnerbot.core.duties.Duty;
import org.partnerbot.core.meetings.Attendance;
import org.partnerbot.core.partnership.Agency;
import org.partnerbot.core.partnership.Member;

/** The arithmetic of the health report; pure, so each figure can be checked against a hand-computed example. */
public final class HealthCalculator {

    /** Meetings the share figures look back over. */
    public static final int WINDOW = 4;
    /** Meetings in a row an agency must be silent for to be flagged. */
    public static final int SILENT_RUN = 3;

    private HealthCalculator() {
    }

    public static HealthReport compute(HealthInputs in) {
        return compute(in, WINDOW);
    }

    /**
     * The report over the latest {@code window} meetings of {@code in.recent()}: the evidence pack's period passes all of
     * its meetings, so its figures are the report's own, over a longer time.
     */
    public static HealthReport compute(HealthInputs in, int window) {
        List<Agency> agencies = in.agencies();
        List<Share> membersByAgency = agencies.stream()
                .map(a -> new Share(a.name(), (int) in.members().stream().filter(m -> Objects.equals(m.agencyId(), a.id())).count()))
                .toList();
        int withoutAgency = (int) in.members().stream().filter(m -> !m.hasAgency()).count();
        List<String> unassignedDuties = in.duties().stream().filter(Duty::unassigned).map(Duty::name).toList();
        List<String> duplicatedDuties = in.duties().stream().filter(Duty::duplicated)
                .map(d -> d.name() + " (" + d.owners().size() + " owners)").toList();
        int unassignedActions = (int) in.openActions().stream().filter(Action::unassigned).count();
        int overdue = (int) in.openActions().stream().filter(a -> a.overdue(in.today())).count();

        List<HealthInputs.RecentMeeting> meetings = in.recent().stream().limit(window).toList();
        List<Action> recorded = meetings.stream().flatMap(r -> r.actions().stream()).toList();
        int done = (int) recorded.stream().filter(a -> !a.open()).count();
        int onTime = (int) recorded.stream().filter(a -> !a.open() && doneOnTime(a, in)).count();

        List<Share> lines = agencies.stream().map(a -> new Share(a.name(), meetings.stream()
                .mapToInt(r -> linesOf(r.attendance(), a.id())).sum())).toList();
        List<Share> agenda = agencies.stream().map(a -> new Share(a.name(), in.agendaByAgency().getOrDefault(a.id(), 0))).toList();
        List<Share> kudos = agencies.stream().map(a -> new Share(a.name(), in.kudosByAgency().getOrDefault(a.id(), 0))).toList();

        List<String> silent = silent(in, agencies);
        List<String> dormant = new ArrayList<>();
        if (!meetings.isEmpty()) {
            for (int i = 0; i < agencies.size(); i++) {
                if (lines.get(i).count() == 0 && agenda.get(i).count() == 0) {
                    dormant.add(agencies.get(i).name());
                }
            }
        }
        return new HealthReport(in.partnership(), membersByAgency, in.members().size(), withoutAgency,
                HealthReport.channels(agencies.size()), in.duties().size(), unassignedDuties, duplicatedDuties,
                unassignedActions, overdue, meetings.size(), recorded.size(), done, onTime, lines, agenda, kudos, silent, dormant);
    }

    /** Done on or before the due date, in the partnership's zone; an action with no due date is on time when done. */
    private static boolean doneOnTime(Action a, HealthInputs in) {
        return doneOnTime(a, in.zone());
    }

    /** Whether a done action was done on time, as the report counts it (the dashboard counts the same way). */
    public static boolean doneOnTime(Action a, java.time.ZoneId zone) {
        return a.due() == null || (a.doneAt() != null && !a.doneAt().atZone(zone).toLocalDate().isAfter(a.due()));
    }

    private static int linesOf(List<Attendance> attendance, long agencyId) {
        return attendance.stream().filter(t -> Objects.equals(t.agencyId(), agencyId)).mapToInt(Attendance::lines).sum();
    }

    /** Agencies that said nothing in each of the last three meetings, counting only meetings after they joined. */
    private static List<String> silent(HealthInputs in, List<Agency> agencies) {
        if (in.recent().size() < SILENT_RUN) {
            return List.of();
        }
        List<HealthInputs.RecentMeeting> run = in.recent().subList(0, SILENT_RUN);
        Instant runStart = run.get(SILENT_RUN - 1).meeting().startedAt();
        return agencies.stream()
                .filter(a -> {
                    Instant added = in.agenciesAddedAt().get(a.id());
                    return added == null || !added.isAfter(runStart);
                })
                .filter(a -> run.stream().allMatch(r -> linesOf(r.attendance(), a.id()) == 0))
                .map(Agency::name).toList();
    }

    /** Shares sorted largest first, for bars that read top-down. */
    static List<Share> largestFirst(List<Share> shares) {
        List<Share> sorted = new ArrayList<>(shares);
        sorted.sort((x, y) -> Integer.compare(y.count(), x.count()));
        return sorted;
    }

    static int total(List<Share> shares) {
        return shares.stream().mapToInt(Share::count).sum();
    }
}

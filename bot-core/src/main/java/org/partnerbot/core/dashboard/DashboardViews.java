package org.partnerbot.core.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.partnerbot.core.actions.Action;
import org.partnerbot.core.actions.ActionStatus;
import org.partnerbot.core.actions.Actions;
import org.partnerbot.core.duties.Duties;
import org.partnerbot.core.duties.Duty;
import org.partnerbot.core.health.HealthCalculator;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.health.HealthReport;
import org.partnerbot.core.health.HealthReports;
import org.partnerbot.core.meetings.AgencyRoll;
import org.partnerbot.core.meetings.Attendance;
import org.partnerbot.core.meetings.Meeting;
import org.partnerbot.core.meetings.Meetings;
import org.partnerbot.core.meetings.MinutesView;
import org.partnerbot.core.meetings.OfficialRecord;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Agency;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.schedule.MeetingSeriesStore;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.schedule.Occurrence;

/**
 * Builds the pages' read models from the capabilities' ports; pure reading, inside the caller's transaction. Names are
 * as stored (the platform's directory), never from message text; a forgotten person shows as their pseudonym.
 */
public final class DashboardViews {

    /** The agency name the overview and the trends give actions nobody owns; the pages show it in their reader's words. */
    public static final String UNASSIGNED = "UNASSIGNED";

    private final Agencies agencies;
    private final Members members;
    private final Duties duties;
    private final Actions actions;
    private final Meetings meetings;
    private final MeetingSeriesStore series;
    private final Snapshots snapshots;
    private final HealthReports health;
    private final OfficialRecord record;
    private final Supplier<MinutesView> minutesView;

    /**
     * @param record      who was marked present or sent apologies: attendance as the minutes record it
     * @param minutesView the core's minutes, asked for when needed so they carry every meeting hook
     */
    public DashboardViews(Agencies agencies, Members members, Duties duties, Actions actions, Meetings meetings,
                          MeetingSeriesStore series, Snapshots snapshots, HealthReports health, OfficialRecord record,
                          Supplier<MinutesView> minutesView) {
        this.record = record;
        this.minutesView = minutesView;
        this.agencies = agencies;
        this.members = members;
        this.duties = duties;
        this.actions = actions;
        this.meetings = meetings;
        this.series = series;
        this.snapshots = snapshots;
        this.health = health;
    }

    public Overview overview(Partnership p, Instant now) {
        List<Agency> list = agencies.list(p.id());
        List<Member> people = members.list(p.id());
        List<Overview.AgencyPeople> byAgency = list.stream().map(a -> new Overview.AgencyPeople(a.id(), a.name(),
                names(people.stream().filter(m -> Objects.equals(m.agencyId(), a.id())).toList()),
                names(people.stream().filter(m -> Objects.equals(m.agencyId(), a.id()) && m.chair()).toList()))).toList();
        List<String> withoutAgency = names(people.stream().filter(m -> !m.hasAgency()).toList());
        ZonedDateTime next = series.find(p.id()).filter(s -> !s.paused()).flatMap(s -> s.next(now)).map(Occurrence::start)
                .orElse(null);
        List<Duty> register = duties.list(p.id());
        LocalDate today = now.atZone(p.zone()).toLocalDate();
        List<Action> open = actions.open(p.id());
        Map<String, int[]> counts = new java.util.LinkedHashMap<>();
        list.forEach(a -> counts.put(a.name(), new int[2]));
        for (Action a : open) {
            int[] c = counts.computeIfAbsent(agencyOf(a) == null ? UNASSIGNED : agencyOf(a), k -> new int[2]);
            c[0]++;
            if (a.overdue(today)) {
                c[1]++;
            }
        }
        List<Overview.AgencyActions> actionsByAgency = counts.entrySet().stream()
                .map(e -> new Overview.AgencyActions(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new Overview(p.purpose(), byAgency, withoutAgency, next, people.size(), HealthReport.channels(list.size()),
                register.size(), (int) register.stream().filter(Duty::unassigned).count(),
                (int) register.stream().filter(Duty::duplicated).count(), actionsByAgency, open.size(),
                (int) open.stream().filter(a -> a.overdue(today)).count());
    }

    public DutiesMatrix duties(Partnership p, Instant now) {
        List<Agency> list = agencies.list(p.id());
        List<DutiesMatrix.Row> rows = new ArrayList<>();
        for (Duty d : duties.list(p.id())) {
            DutiesMatrix.State state = d.unassigned() ? DutiesMatrix.State.UNASSIGNED
                    : d.duplicated() ? DutiesMatrix.State.DUPLICATED : DutiesMatrix.State.HELD;
            List<List<String>> holders = list.stream().map(a -> names(d.owners().stream()
                    .filter(o -> Objects.equals(o.agencyId(), a.id())).toList())).toList();
            List<String> withoutAgency = names(d.owners().stream().filter(o -> !o.hasAgency()).toList());
            Instant since = state == DutiesMatrix.State.HELD ? null : d.ownersChangedAt();
            Duration gap = since == null ? null : Duration.between(since, now).isNegative() ? Duration.ZERO
                    : Duration.between(since, now);
            rows.add(new DutiesMatrix.Row(d.name(), d.description(), state, holders, withoutAgency, since, gap));
        }
        return new DutiesMatrix(list.stream().map(Agency::name).toList(), rows);
    }

    public ActionLog actions(Partnership p, ActionLog.Filter filter, Instant now) {
        return actionLog(p, actions.all(p.id()), filter, now);
    }

    private ActionLog actionLog(Partnership p, List<Action> all, ActionLog.Filter filter, Instant now) {
        LocalDate today = now.atZone(p.zone()).toLocalDate();
        List<Agency> list = agencies.list(p.id());
        Map<String, Long> agencyIds = new HashMap<>();
        list.forEach(a -> agencyIds.put(a.name(), a.id()));
        List<ActionLog.Row> rows = all.stream().map(a -> {
            String agency = agencyOf(a);
            boolean done = a.status() == ActionStatus.DONE;
            return new ActionLog.Row(a.number(), a.text(), agency == null ? null : agencyIds.get(agency), agency,
                    a.ownerMemberId() == null ? null : a.ownerName(), a.unassigned(), a.due(), status(a), a.overdue(today),
                    a.doneAt() == null ? null : a.doneAt().atZone(p.zone()).toLocalDate(),
                    done ? HealthCalculator.doneOnTime(a, p.zone()) : null, a.createdAt().atZone(p.zone()).toLocalDate());
        }).toList();
        return new ActionLog(list.stream().map(a -> new ActionLog.AgencyOption(a.id(), a.name())).toList(), filter,
                rows.stream().filter(filter::keeps).toList(), rows.size());
    }

    private static ActionLog.Status status(Action a) {
        return switch (a.status()) {
            case DONE -> ActionLog.Status.DONE;
            case NOT_POSSIBLE -> ActionLog.Status.NOT_POSSIBLE;
            case NOT_UNDERTAKEN -> ActionLog.Status.NOT_UNDERTAKEN;
            default -> ActionLog.Status.OPEN;
        };
    }

    /** Ended meetings that started in [from, to), latest first, with their minutes in English. */
    public List<MeetingRecord> meetings(Partnership p, Instant from, Instant to) {
        return meetings(p, from, to, null);
    }

    /**
     * Ended meetings that started in [from, to), latest first, with their minutes.
     *
     * @param t the language the minutes are written in; null for English
     */
    public List<MeetingRecord> meetings(Partnership p, Instant from, Instant to, Texts t) {
        List<Agency> list = agencies.list(p.id());
        return meetings.endedBetween(p.id(), from, to).stream().map(m -> meeting(p, m, list, t)).toList();
    }

    private MeetingRecord meeting(Partnership p, Meeting m, List<Agency> list, Texts t) {
        List<Attendance> present = meetings.attendance(m.id());
        MinutesView view = minutesView.get();
        Reply minutes = (t == null ? view.minutes(p, m, Reply.asker()) : view.minutes(t, p, m, Reply.asker())).build();
        List<MeetingRecord.AgencyAttendance> attendance = roll(list, m, present).stream()
                .map(r -> new MeetingRecord.AgencyAttendance(r.agency().name(), presence(r.standing()), r.people(),
                        r.infoSent())).toList();
        int total = present.stream().mapToInt(Attendance::lines).sum();
        List<MeetingRecord.Voice> voices = list.stream().map(a -> {
            int lines = present.stream().filter(x -> Objects.equals(x.agencyId(), a.id())).mapToInt(Attendance::lines).sum();
            return new MeetingRecord.Voice(a.name(), lines, total == 0 ? 0 : Math.round(100f * lines / total));
        }).sorted(Comparator.comparingInt(MeetingRecord.Voice::lines).reversed()).toList();
        List<String> silent = voices.stream().filter(v -> v.lines() == 0).map(MeetingRecord.Voice::agency).toList();
        String chair = members.findById(m.chairId()).map(DashboardViews::name).orElse("");
        return new MeetingRecord(m.id(), m.title(), m.startedAt().atZone(p.zone()),
                m.endedAt() == null ? null : m.endedAt().atZone(p.zone()), chair, minutes, attendance, voices, total, silent);
    }

    /** The trends over the ended meetings that started in [from, to), and the partnership's shape at each (and now). */
    public Trends trends(Partnership p, Instant from, Instant to, Instant now) {
        List<Agency> list = agencies.list(p.id());
        List<Meeting> held = new ArrayList<>(meetings.endedBetween(p.id(), from, to));
        held.sort(Comparator.comparing(Meeting::startedAt));
        List<List<Attendance>> present = held.stream().map(m -> meetings.attendance(m.id())).toList();
        List<List<AgencyRoll.AgencyAtMeeting>> rolls = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            rolls.add(roll(list, held.get(i), present.get(i)));
        }
        List<Trends.AttendanceRow> attendance = new ArrayList<>();
        for (int a = 0; a < list.size(); a++) {
            int agency = a;
            attendance.add(new Trends.AttendanceRow(list.get(a).name(), rolls.stream().map(roll -> roll.get(agency))
                    .map(r -> new Trends.Attended(presence(r.standing()), r.people().size(), r.infoSent())).toList()));
        }
        List<Trends.Series> lines = list.stream().map(a -> new Trends.Series(a.name(), present.stream()
                .map(rows -> rows.stream().filter(t -> Objects.equals(t.agencyId(), a.id())).mapToInt(Attendance::lines)
                        .sum()).toList())).toList();
        List<Action> recorded = held.stream().flatMap(m -> actions.ofMeeting(m.id()).stream()).toList();
        List<Trends.OnTime> onTime = new ArrayList<>();
        for (String agency : owningAgencies(list, recorded)) {
            List<Action> theirs = recorded.stream().filter(a -> agency.equals(Optional.ofNullable(agencyOf(a))
                    .orElse(UNASSIGNED))).toList();
            onTime.add(new Trends.OnTime(agency, theirs.size(), (int) theirs.stream().filter(a -> !a.open()).count(),
                    (int) theirs.stream().filter(a -> !a.open() && HealthCalculator.doneOnTime(a, p.zone())).count()));
        }
        List<Trends.Shape> shape = new ArrayList<>();
        for (Snapshots.Snapshot s : snapshots.between(p.id(), from, to)) {
            LocalDate day = s.takenAt().atZone(p.zone()).toLocalDate();
            shape.add(new Trends.Shape(day, day.toString(), s.agencies(), s.members(), HealthReport.channels(s.agencies()),
                    s.unassignedDuties(), s.duplicatedDuties()));
        }
        if (!now.isBefore(from) && now.isBefore(to)) {
            Snapshots.Snapshot s = snapshotNow(p, now);
            shape.add(new Trends.Shape(now.atZone(p.zone()).toLocalDate(), "now", s.agencies(), s.members(),
                    HealthReport.channels(s.agencies()), s.unassignedDuties(), s.duplicatedDuties()));
        }
        return new Trends(held.stream().map(m -> m.startedAt().atZone(p.zone()).toLocalDate()).toList(), attendance,
                lines, onTime, shape);
    }

    /** Where each agency stood at the meeting, in the order of {@code list}: the same rule the minutes use. */
    private List<AgencyRoll.AgencyAtMeeting> roll(List<Agency> list, Meeting m, List<Attendance> spoke) {
        return AgencyRoll.of(list, spoke, record.presence(m.id()), record.apologies(m.id()));
    }

    private static MeetingRecord.Presence presence(AgencyRoll.Standing standing) {
        return switch (standing) {
            case PRESENT -> MeetingRecord.Presence.PRESENT;
            case APOLOGIES -> MeetingRecord.Presence.APOLOGIES;
            case ABSENT -> MeetingRecord.Presence.ABSENT;
        };
    }

    /** The partnership's shape now, as a snapshot at a meeting's start records it. */
    public Snapshots.Snapshot snapshotNow(Partnership p, Instant now) {
        List<Duty> register = duties.list(p.id());
        return new Snapshots.Snapshot(now, agencies.list(p.id()).size(), members.list(p.id()).size(),
                (int) register.stream().filter(Duty::unassigned).count(),
                (int) register.stream().filter(Duty::duplicated).count());
    }

    /** Everything above for the period [from, to] (dates in the partnership's zone, both included), in English. */
    public EvidencePack evidence(Partnership p, LocalDate from, LocalDate to, Instant now, String producedBy) {
        return evidence(p, from, to, now, producedBy, null);
    }

    /**
     * The same, its minutes written in {@code t}'s language.
     *
     * @param t null for English
     */
    public EvidencePack evidence(Partnership p, LocalDate from, LocalDate to, Instant now, String producedBy, Texts t) {
        Instant start = from.atStartOfDay(p.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(p.zone()).toInstant();
        List<MeetingRecord> held = meetings(p, start, end, t);
        List<Action> ofPeriod = actions.all(p.id()).stream()
                .filter(a -> !a.createdAt().isBefore(start) && a.createdAt().isBefore(end)).toList();
        HealthReport report = health.forPeriod(p, start, end, now);
        EvidencePack.Figures figures = new EvidencePack.Figures(report.meetingsCounted(), report.recordedInWindow(),
                report.doneInWindow(), report.doneOnTime(), largestFirst(report.lines()),
                report.lines().stream().mapToInt(org.partnerbot.core.health.Share::count).sum(), report.silentAgencies());
        return new EvidencePack(from, to, now, producedBy, overview(p, now), duties(p, now),
                actionLog(p, ofPeriod, ActionLog.Filter.ALL, now), held, trends(p, start, end, now), figures,
                t == null ? Language.EN : t.language());
    }

    private static List<org.partnerbot.core.health.Share> largestFirst(List<org.partnerbot.core.health.Share> shares) {
        List<org.partnerbot.core.health.Share> sorted = new ArrayList<>(shares);
        sorted.sort((x, y) -> Integer.compare(y.count(), x.count()));
        return sorted;
    }

    private static List<String> owningAgencies(List<Agency> list, List<Action> recorded) {
        List<String> names = new ArrayList<>(list.stream().map(Agency::name).toList());
        recorded.stream().map(DashboardViews::agencyOf).filter(Objects::nonNull).filter(n -> !names.contains(n)).distinct()
                .forEach(names::add);
        if (recorded.stream().anyMatch(a -> agencyOf(a) == null)) {
            names.add(UNASSIGNED);
        }
        return names;
    }

    /** The agency an action belongs to: the agency that owns it, or its owner's; null when neither. */
    static String agencyOf(Action a) {
        return a.ownerAgencyId() != null ? a.ownerAgencyName() : a.ownerMemberAgency();
    }

    static String name(Member m) {
        return m.displayName();
    }

    private static List<String> names(List<Member> people) {
        return people.stream().map(DashboardViews::name).toList();
    }
}

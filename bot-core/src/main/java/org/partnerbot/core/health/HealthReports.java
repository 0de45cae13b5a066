package org.partnerbot.core.health;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partnerbot.core.actions.Actions;
import org.partnerbot.core.duties.Duties;
import org.partnerbot.core.kudos.KudosRecords;
import org.partnerbot.core.meetings.Meeting;
import org.partnerbot.core.meetings.Meetings;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnership;

/** Loads a health report's inputs through the existing ports and computes it. Call inside a transaction. */
public final class HealthReports {

    private final Agencies agencies;
    private final Members members;
    private final Duties duties;
    private final Actions actions;
    private final Meetings meetings;
    private final HealthRecords records;
    private final KudosRecords kudos;

    public HealthReports(Agencies agencies, Members members, Duties duties, Actions actions, Meetings meetings,
                         HealthRecords records, KudosRecords kudos) {
        this.agencies = agencies;
        this.members = members;
        this.duties = duties;
        this.actions = actions;
        this.meetings = meetings;
        this.records = records;
        this.kudos = kudos;
    }

    public HealthReport report(Partnership p, Instant now) {
        LocalDate today = now.atZone(p.zone()).toLocalDate();
        // One meeting beyond the window tells where the window's agenda period began.
        List<Meeting> ended = meetings.endedBetween(p.id(), Instant.EPOCH, now.plusSeconds(1)).stream()
                .limit(HealthCalculator.WINDOW + 1L).toList();
        List<Meeting> window = ended.stream().limit(HealthCalculator.WINDOW).toList();
        Instant from = ended.size() > HealthCalculator.WINDOW ? ended.get(HealthCalculator.WINDOW).endedAt() : Instant.EPOCH;
        Instant to = window.isEmpty() ? now : window.get(0).endedAt();
        List<HealthInputs.RecentMeeting> recent = window.stream()
                .map(m -> new HealthInputs.RecentMeeting(m, meetings.attendance(m.id()), actions.ofMeeting(m.id())))
                .toList();
        HealthInputs inputs = new HealthInputs(p.name(), p.zone(), today, agencies.list(p.id()),
                records.agenciesAddedAt(p.id()), members.list(p.id()), duties.list(p.id()), actions.open(p.id()), recent,
                window.isEmpty() ? Map.of() : records.agendaItemsByAgency(p.id(), from, to),
                kudos.receivedByAgency(p.id(), window.isEmpty() ? Instant.EPOCH : from));
        return HealthCalculator.compute(inputs);
    }

    /**
     * The report over every meeting that started in [from, to) and has ended, however many: the evidence pack's
     * figures. Open actions, duties and members are as they are now.
     */
    public HealthReport forPeriod(Partnership p, Instant from, Instant to, Instant now) {
        LocalDate today = now.atZone(p.zone()).toLocalDate();
        List<Meeting> period = meetings.endedBetween(p.id(), from, to);
        List<HealthInputs.RecentMeeting> recent = period.stream()
                .map(m -> new HealthInputs.RecentMeeting(m, meetings.attendance(m.id()), actions.ofMeeting(m.id())))
                .toList();
        HealthInputs inputs = new HealthInputs(p.name(), p.zone(), today, agencies.list(p.id()),
                records.agenciesAddedAt(p.id()), members.list(p.id()), duties.list(p.id()), actions.open(p.id()), recent,
                records.agendaItemsByAgency(p.id(), from, to), kudos.receivedByAgency(p.id(), from));
        return HealthCalculator.compute(inputs, Math.max(1, recent.size()));
    }
}

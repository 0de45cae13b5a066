package org.partnerbot.core.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.actions.Action;
import org.partnerbot.core.actions.ActionStatus;
import org.partnerbot.core.meetings.Attendance;
import org.partnerbot.core.meetings.Meeting;
import org.partnerbot.core.partnership.Agency;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.reply.Reply;

/** The report's arithmetic on a partnership of eight agencies, worked out by hand. */
class HealthCalculatorTest {

    private static final org.partnerbot.core.i18n.Texts ENGLISH =
            org.partnerbot.core.i18n.IcuMessages.standard().in(org.partnerbot.core.i18n.Language.EN);

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant T0 = Instant.parse("2026-10-01T10:00:00Z");

    private final List<Agency> agencies = new ArrayList<>();
    private final List<Member> members = new ArrayList<>();

    HealthCalculatorTest() {
        String[] names = {"Council", "NHS", "Police", "Schools", "Housing", "Probation", "Youth Justice", "Voluntary Sector"};
        for (int i = 0; i < names.length; i++) {
            agencies.add(new Agency(i + 1, 1, names[i]));
            members.add(new Member(i + 1, 1, "u" + (i + 1), "u" + (i + 1), UTC, (long) (i + 1), names[i], false, false));
        }
    }

    private Attendance spoke(long agency, int lines) {
        return new Attendance(agency, "u" + agency, "u" + agency, agency, agencies.get((int) agency - 1).name(), lines);
    }

    private static Meeting meeting(int weeksAfterStart) {
        Instant start = T0.plusSeconds(weeksAfterStart * 7L * 24 * 3600);
        return new Meeting(weeksAfterStart + 1, 1, "Weekly", 1, start, start.plusSeconds(3600));
    }

    private static Action action(long meeting, LocalDate due, Instant doneAt) {
        return new Action(meeting * 10 + (due == null ? 0 : due.getDayOfMonth()), 1, 1, "x", 1L, "u1", "u1", "Council", null,
                null, due, doneAt == null ? ActionStatus.OPEN : ActionStatus.DONE, meeting, T0, doneAt);
    }

    private HealthInputs inputs() {
        // Latest first. Probation (6) proposed an agenda item but never spoke; Youth Justice (7) and the
        // Voluntary Sector (8) did neither; Housing (5) spoke only in the oldest of the four.
        List<HealthInputs.RecentMeeting> recent = List.of(
                new HealthInputs.RecentMeeting(meeting(3), List.of(spoke(1, 4), spoke(2, 6)),
                        List.of(action(4, LocalDate.of(2026, 10, 30), Instant.parse("2026-10-29T12:00:00Z")))),
                new HealthInputs.RecentMeeting(meeting(2), List.of(spoke(1, 2), spoke(3, 3)), List.of()),
                new HealthInputs.RecentMeeting(meeting(1), List.of(spoke(2, 1), spoke(4, 1)),
                        List.of(action(2, LocalDate.of(2026, 10, 16), Instant.parse("2026-10-20T12:00:00Z")),
                                action(2, null, null))),
                new HealthInputs.RecentMeeting(meeting(0), List.of(spoke(5, 3)), List.of()));
        Map<Long, Integer> agenda = new HashMap<>(Map.of(1L, 2, 6L, 1));
        agenda.put(null, 1);
        Map<Long, Instant> added = new HashMap<>();
        agencies.forEach(a -> added.put(a.id(), T0.minusSeconds(3600)));
        return new HealthInputs("Citywide", UTC, LocalDate.of(2026, 10, 30), agencies, added, members, List.of(),
                List.of(action(2, null, null)), recent, agenda, Map.of(2L, 3));
    }

    @Test
    void figuresMatchTheHandWorkedExample() {
        HealthReport r = HealthCalculator.compute(inputs());
        assertThat(r.agencies()).isEqualTo(8);
        assertThat(r.channels()).isEqualTo(28);
        assertThat(r.meetingsCounted()).isEqualTo(4);
        assertThat(r.recordedInWindow()).isEqualTo(3);
        assertThat(r.doneInWindow()).isEqualTo(2);
        assertThat(r.doneOnTime()).isEqualTo(1);
        assertThat(r.unassignedActions()).isZero();
        // Lines: Council 4+2, NHS 6+1, Police 3, Schools 1, Housing 3 → 6, 7, 3, 1, 3 of 20.
        assertThat(r.lines()).extracting(Share::count).containsExactly(6, 7, 3, 1, 3, 0, 0, 0);
        assertThat(r.agendaItems()).extracting(Share::count).containsExactly(2, 0, 0, 0, 0, 1, 0, 0);
        // Silent in each of the last three meetings: Housing (spoke only in the fourth), Probation, Youth Justice, Voluntary Sector.
        assertThat(r.silentAgencies()).containsExactly("Housing", "Probation", "Youth Justice", "Voluntary Sector");
        assertThat(r.dormantAgencies()).containsExactly("Youth Justice", "Voluntary Sector");
        assertThat(r.suggestWorkingGroups()).isTrue();
    }

    @Test
    void eightAgenciesBringTheWorkingGroupsNoteNamingTheDormantOnes() {
        String text = new ReportView().render(HealthCalculator.compute(inputs()), Reply.asker(), ENGLISH).build().plainText();
        assertThat(text).contains("Communication channels between agencies: 28 (n(n−1)/2 with n = 8)")
                .contains("With 8 agencies (28 channels) the whole partnership is a lot to coordinate: working groups")
                .contains("Dormant over the last 4 meetings: Youth Justice, Voluntary Sector.")
                .contains("NHS ▇▇▇▇▇▇▇ 35% (7)")
                .contains("Kudos received (last 4 meetings): NHS 3");
    }

    @Test
    void anAgencyThatJoinedDuringTheRunIsNotCalledSilent() {
        HealthInputs in = inputs();
        Map<Long, Instant> added = new HashMap<>(in.agenciesAddedAt());
        added.put(8L, T0.plusSeconds(15L * 24 * 3600));
        HealthInputs later = new HealthInputs(in.partnership(), in.zone(), in.today(), in.agencies(), added, in.members(),
                in.duties(), in.openActions(), in.recent(), in.agendaByAgency(), in.kudosByAgency());
        assertThat(HealthCalculator.compute(later).silentAgencies()).doesNotContain("Voluntary Sector");
    }

    @Test
    void sevenAgenciesGetNoWorkingGroupsNote() {
        HealthInputs in = inputs();
        HealthInputs seven = new HealthInputs(in.partnership(), in.zone(), in.today(), in.agencies().subList(0, 7),
                in.agenciesAddedAt(), in.members(), in.duties(), in.openActions(), in.recent(), in.agendaByAgency(), Map.of());
        HealthReport r = HealthCalculator.compute(seven);
        assertThat(r.channels()).isEqualTo(21);
        assertThat(new ReportView().render(r, Reply.asker(), ENGLISH).build().plainText()).doesNotContain("working groups");
    }
}

package org.partnerbot.core.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.pairing.Pairing.Pair;
import org.partnerbot.core.pairing.Pairing.Participant;

class PairingTest {

    /** Members 1..n with the given agency of each (null: no agency). */
    private static List<Participant> people(Long... agencies) {
        List<Participant> out = new ArrayList<>();
        for (int i = 0; i < agencies.length; i++) {
            out.add(new Participant(i + 1, agencies[i]));
        }
        return out;
    }

    private static int sameAgencyPairs(List<List<Long>> groups, List<Participant> people) {
        Map<Long, Participant> byId = people.stream().collect(Collectors.toMap(Participant::memberId, Function.identity()));
        int same = 0;
        for (Pair p : Pairing.pairsOf(groups)) {
            Long a = byId.get(p.a()).agencyId();
            Long b = byId.get(p.b()).agencyId();
            if (a != null && a.equals(b)) {
                same++;
            }
        }
        return same;
    }

    private static void everyoneExactlyOnce(List<List<Long>> groups, List<Participant> people) {
        List<Long> seated = groups.stream().flatMap(List::stream).sorted().toList();
        assertThat(seated).containsExactlyElementsOf(people.stream().map(Participant::memberId).sorted().toList());
    }

    @Test
    void pairsAcrossAgenciesWheneverTheNumbersAllow() {
        // 3 from the council, 2 from the NHS, 1 from the police: a cross-agency pairing exists, so it is always found.
        List<Participant> people = people(1L, 1L, 1L, 2L, 2L, 3L);
        for (long seed = 0; seed < 50; seed++) {
            List<List<Long>> groups = Pairing.groups(people, Set.of(), seed);
            everyoneExactlyOnce(groups, people);
            assertThat(groups).allSatisfy(g -> assertThat(g).hasSize(2));
            assertThat(sameAgencyPairs(groups, people)).as("seed %d: %s", seed, groups).isZero();
        }
    }

    @Test
    void whenOneAgencyIsMoreThanHalfOnlyTheUnavoidableSameAgencyPairsAreMade() {
        List<Participant> people = people(1L, 1L, 1L, 1L, 2L, 2L);
        for (long seed = 0; seed < 20; seed++) {
            assertThat(sameAgencyPairs(Pairing.groups(people, Set.of(), seed), people)).isEqualTo(1);
        }
    }

    @Test
    void membersWithoutAnAgencyCanPairWithAnyone() {
        List<Participant> people = people(null, null, 1L, 1L);
        List<List<Long>> groups = Pairing.groups(people, Set.of(), 7);
        assertThat(sameAgencyPairs(groups, people)).isZero();
        assertThat(groups).noneMatch(g -> g.containsAll(List.of(3L, 4L)));
    }

    @Test
    void avoidsPairsFromRecentRounds() {
        List<Participant> people = people(1L, 1L, 2L, 2L);
        Set<Pair> recent = Set.of(Pair.of(1, 3), Pair.of(2, 4));
        for (long seed = 0; seed < 20; seed++) {
            assertThat(Pairing.pairsOf(Pairing.groups(people, recent, seed))).containsExactlyInAnyOrder(Pair.of(1, 4), Pair.of(2, 3));
        }
    }

    @Test
    void noPairRepeatsWithinFourRoundsOverManyWeeks() {
        // Four agencies of two: each person has six possible partners from other agencies, enough for five rounds.
        List<Participant> people = people(1L, 1L, 2L, 2L, 3L, 3L, 4L, 4L);
        LinkedList<Set<Pair>> lastRounds = new LinkedList<>();
        for (int week = 0; week < 12; week++) {
            Set<Pair> recent = new HashSet<>();
            lastRounds.forEach(recent::addAll);
            List<List<Long>> groups = Pairing.groups(people, recent, 1000 + week);
            Set<Pair> pairs = Pairing.pairsOf(groups);
            assertThat(java.util.Collections.disjoint(pairs, recent)).as("week %d: %s met recently (%s)", week, pairs, recent).isTrue();
            assertThat(sameAgencyPairs(groups, people)).isZero();
            lastRounds.addFirst(pairs);
            if (lastRounds.size() > PairingRound.MEMORY) {
                lastRounds.removeLast();
            }
        }
    }

    @Test
    void crossAgencyWinsOverAvoidingARecentPair() {
        // Only one cross-agency pairing exists; meeting a recent partner again is better than pairing within an agency.
        List<Participant> people = people(1L, 2L);
        assertThat(Pairing.groups(people, Set.of(Pair.of(1, 2)), 3)).containsExactly(List.of(1L, 2L));
        List<Participant> four = people(1L, 1L, 2L, 2L);
        Set<Pair> allCross = Set.of(Pair.of(1, 3), Pair.of(1, 4), Pair.of(2, 3), Pair.of(2, 4));
        assertThat(sameAgencyPairs(Pairing.groups(four, allCross, 3), four)).isZero();
    }

    @Test
    void anOddCountMakesOneTrioAndLeavesNobodyOut() {
        List<Participant> people = people(1L, 2L, 3L, 1L, 2L);
        List<List<Long>> groups = Pairing.groups(people, Set.of(), 11);
        everyoneExactlyOnce(groups, people);
        assertThat(groups.stream().map(List::size).sorted().toList()).containsExactly(2, 3);
        assertThat(sameAgencyPairs(groups, people)).isZero();
        assertThat(Pairing.groups(people(1L, 2L, 3L), Set.of(), 1)).hasSize(1).first().asList().hasSize(3);
    }

    @Test
    void fewerThanTwoPeopleMakeNoRound() {
        assertThat(Pairing.groups(people(1L), Set.of(), 1)).isEmpty();
        assertThat(Pairing.groups(List.of(), Set.of(), 1)).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameGroupsAndOthersVary() {
        List<Participant> people = people(1L, 1L, 2L, 2L, 3L, 3L, 4L, 4L, 5L, 5L);
        assertThat(Pairing.groups(people, Set.of(), 99)).isEqualTo(Pairing.groups(new ArrayList<>(people), Set.of(), 99));
        Set<Set<Pair>> distinct = new HashSet<>();
        for (long seed = 0; seed < 10; seed++) {
            distinct.add(Pairing.pairsOf(Pairing.groups(people, Set.of(), seed)));
        }
        assertThat(distinct).hasSizeGreaterThan(1);
    }

    @Test
    void tenThousandPeopleInFiveAgenciesAreAllSeatedOnceAcrossAgenciesAvoidingLastRounds() {
        List<Participant> people = java.util.stream.LongStream.rangeClosed(1, 10_001)
                .mapToObj(id -> new Participant(id, id % 5)).toList();
        List<List<Long>> first = Pairing.groups(people, Set.of(), 3);
        assertThat(first.stream().mapToInt(List::size).sum()).isEqualTo(10_001);
        assertThat(first.stream().flatMap(List::stream).distinct().count()).as("each once").isEqualTo(10_001);
        assertThat(first.stream().filter(g -> g.size() == 3).count()).as("one trio").isEqualTo(1);
        assertThat(sameAgencyPairs(first, people)).isZero();

        Set<Pair> met = Pairing.pairsOf(first);
        List<List<Long>> next = Pairing.groups(people, met, 4);
        long repeats = Pairing.pairsOf(next).stream().filter(met::contains).count();
        assertThat(repeats).as("pairs met last round").isZero();
        assertThat(sameAgencyPairs(next, people)).isZero();
    }
}

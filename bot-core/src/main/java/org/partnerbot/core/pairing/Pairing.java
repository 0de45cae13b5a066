package org.partnerbot.core.pairing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Pure pairing of members for coffee chats. Same input and seed, same groups.
 *
 * <p>Rules, strongest first: pairs cross agencies whenever the numbers allow it (nobody learns about another
 * service from a colleague); pairs met in recent rounds are avoided; an odd count makes one trio, so nobody
 * is left out. Members without an agency count as their own agency.
 *
 * <p>Method: greedy, most-constrained first — always seat someone from the agency with most people still
 * unseated, with the best partner from another agency. That keeps a cross-agency solution reachable whenever
 * one exists. It is repeated over a number of seeded shuffles and the cheapest result is kept, which is how
 * recent repeats are avoided without searching every matching.
 */
public final class Pairing {

    /** Someone to pair; {@code agencyId} null for no agency. */
    public record Participant(long memberId, Long agencyId) {
    }

    /** Two members, in either order. */
    public record Pair(long a, long b) {
        public static Pair of(long x, long y) {
            return x < y ? new Pair(x, y) : new Pair(y, x);
        }
    }

    static final int SAME_AGENCY_COST = 1_000;
    static final int RECENT_COST = 100;
    private static final int ATTEMPTS = 64;
    /** Above this many people the search of {@link #greedy} (quadratic, 64 tries) gives way to {@link #byAgency}. */
    static final int LARGE = 256;
    private static final int LARGE_ATTEMPTS = 4;
    /** How many people of the partner agency are looked at to find one not met recently. */
    private static final int RECENT_LOOKAHEAD = 8;

    private Pairing() {
    }

    /**
     * Groups of two (one group of three when the count is odd); empty when fewer than two take part.
     *
     * @param recent pairs that met in recent rounds
     */
    public static List<List<Long>> groups(List<Participant> participants, Set<Pair> recent, long seed) {
        if (participants.size() < 2) {
            return List.of();
        }
        List<Participant> sorted = new ArrayList<>(participants);
        sorted.sort(Comparator.comparingLong(Participant::memberId));
        Random random = new Random(seed);
        List<List<Participant>> best = null;
        int bestCost = Integer.MAX_VALUE;
        boolean large = sorted.size() > LARGE;
        for (int attempt = 0; attempt < (large ? LARGE_ATTEMPTS : ATTEMPTS) && bestCost > 0; attempt++) {
            List<Participant> order = new ArrayList<>(sorted);
            Collections.shuffle(order, random);
            List<List<Participant>> candidate = large ? byAgency(order, recent) : greedy(order, recent);
            int cost = cost(candidate, recent);
            if (cost < bestCost) {
                best = candidate;
                bestCost = cost;
            }
        }
        return best.stream().map(g -> g.stream().map(Participant::memberId).toList()).toList();
    }

    /** What a grouping costs: same-agency pairs weigh far more than recent repeats. */
    public static int cost(Collection<? extends List<Participant>> groups, Set<Pair> recent) {
        int cost = 0;
        for (List<Participant> g : groups) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    cost += cost(g.get(i), g.get(j), recent);
                }
            }
        }
        return cost;
    }

    private static List<List<Participant>> greedy(List<Participant> order, Set<Pair> recent) {
        List<Participant> left = new ArrayList<>(order);
        Participant extra = null;
        if (left.size() % 2 == 1) {
            // The odd one out comes from the biggest agency: the others then pair across agencies more easily.
            extra = mostConstrained(left);
            left.remove(extra);
        }
        List<List<Participant>> groups = new ArrayList<>();
        while (!left.isEmpty()) {
            Participant first = mostConstrained(left);
            left.remove(first);
            Participant partner = left.stream()
                    .min(Comparator.comparingInt((Participant p) -> cost(first, p, recent))
                            .thenComparingInt(p -> -agencySize(left, p)))
                    .orElseThrow();
            left.remove(partner);
            groups.add(new ArrayList<>(List.of(first, partner)));
        }
        if (extra != null) {
            Participant odd = extra;
            List<Participant> join = groups.stream()
                    .min(Comparator.comparingInt((List<Participant> g) -> g.stream().mapToInt(p -> cost(odd, p, recent)).sum()))
                    .orElseThrow();
            join.add(odd);
        }
        return groups;
    }

    /**
     * The same rule for thousands of people in O(n log n): agencies in a heap by how many still wait; the biggest
     * gives one person, the next biggest their partner (the first of a few not met recently). Only when one agency is
     * left do colleagues meet.
     */
    private static List<List<Participant>> byAgency(List<Participant> order, Set<Pair> recent) {
        Map<Object, List<Participant>> waiting = new java.util.LinkedHashMap<>();
        order.forEach(p -> waiting.computeIfAbsent(agencyKey(p), k -> new ArrayList<>()).add(p));
        java.util.PriorityQueue<List<Participant>> biggest = new java.util.PriorityQueue<>(
                Comparator.comparingInt((List<Participant> l) -> -l.size()));
        biggest.addAll(waiting.values());
        Participant extra = null;
        if (order.size() % 2 == 1) {
            List<Participant> top = biggest.poll();
            extra = top.remove(top.size() - 1);
            if (!top.isEmpty()) {
                biggest.add(top);
            }
        }
        List<List<Participant>> groups = new ArrayList<>();
        while (!biggest.isEmpty()) {
            List<Participant> first = biggest.poll();
            Participant one = first.remove(first.size() - 1);
            List<Participant> second = biggest.isEmpty() ? first : biggest.poll();
            Participant partner = takeUnmet(second, one, recent);
            groups.add(new ArrayList<>(List.of(one, partner)));
            if (!first.isEmpty()) {
                biggest.add(first);
            }
            if (second != first && !second.isEmpty()) {
                biggest.add(second);
            }
        }
        if (extra != null) {
            Participant odd = extra;
            List<Participant> join = groups.stream()
                    .min(Comparator.comparingInt((List<Participant> g) -> g.stream().mapToInt(p -> cost(odd, p, recent)).sum()))
                    .orElseThrow();
            join.add(odd);
        }
        return groups;
    }

    /** The last of {@code from} who has not met {@code one} recently (among the last few), else simply the last. */
    private static Participant takeUnmet(List<Participant> from, Participant one, Set<Pair> recent) {
        int last = from.size() - 1;
        for (int i = last; i >= Math.max(0, last - RECENT_LOOKAHEAD); i--) {
            if (!recent.contains(Pair.of(one.memberId(), from.get(i).memberId()))) {
                Collections.swap(from, i, last);
                break;
            }
        }
        return from.remove(last);
    }

    /** Someone from the agency with most people still waiting (ties: the earliest in the shuffled order). */
    private static Participant mostConstrained(List<Participant> left) {
        Map<Object, Integer> sizes = new HashMap<>();
        left.forEach(p -> sizes.merge(agencyKey(p), 1, Integer::sum));
        Participant best = left.get(0);
        for (Participant p : left) {
            if (sizes.get(agencyKey(p)) > sizes.get(agencyKey(best))) {
                best = p;
            }
        }
        return best;
    }

    private static int agencySize(List<Participant> left, Participant p) {
        Object key = agencyKey(p);
        return (int) left.stream().filter(q -> agencyKey(q).equals(key)).count();
    }

    private static int cost(Participant x, Participant y, Set<Pair> recent) {
        int cost = agencyKey(x).equals(agencyKey(y)) ? SAME_AGENCY_COST : 0;
        return cost + (recent.contains(Pair.of(x.memberId(), y.memberId())) ? RECENT_COST : 0);
    }

    /** Members without an agency are their own agency. */
    private static Object agencyKey(Participant p) {
        return p.agencyId() == null ? "member:" + p.memberId() : p.agencyId();
    }

    /** Every pair inside the groups (a trio gives three), for remembering who met whom. */
    public static Set<Pair> pairsOf(List<List<Long>> groups) {
        Set<Pair> pairs = new HashSet<>();
        for (List<Long> g : groups) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    pairs.add(Pair.of(g.get(i), g.get(j)));
                }
            }
        }
        return pairs;
    }
}

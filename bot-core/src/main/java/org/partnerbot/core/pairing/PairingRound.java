package org.partnerbot.core.pairing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.Outbox;
import org.partnerbot.core.outbox.Recipient;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Reply;

/**
 * One round of coffee chats: pairs everyone not sitting out, remembers the pairs (so the next four rounds avoid
 * them), and puts each person's message in the outbox in the same transaction (so a message whose send fails is
 * retried, never lost). Used by `pairing now` and by the weekly job alike.
 */
public final class PairingRound {

    /** Rounds whose pairs are avoided. */
    public static final int MEMORY = 4;

    private final Members members;
    private final PairingRecords records;
    private final Outbox outbox;

    public PairingRound(Members members, PairingRecords records, Outbox outbox) {
        this.members = members;
        this.records = records;
        this.outbox = outbox;
    }

    /** What a round came to: the channel's summary (written in a language once its reader is known), and whether one was held. */
    public record Result(Function<Texts, Reply> summary, boolean held) {
    }

    /**
     * Who takes part and how they are grouped, worked out from what the stores say now: reads only, so it needs no
     * lock, and a big partnership's round is computed without holding anyone up.
     *
     * @param latestRound the partnership's latest round when it was planned (null: none), whose pairs it avoids
     */
    public record Plan(Partnership partnership, long seed, List<Member> taking, Set<Long> skipping, List<List<Long>> groups,
                       Long latestRound) {

        /**
         * What the plan rests on, as the check under the lock compares it: the members, their agencies, who sits out,
         * and the latest round (a round held meanwhile changes which pairs to avoid).
         */
        List<Object> who() {
            return java.util.Arrays.asList(taking.stream().map(m -> m.id() + ":" + m.agencyId()).toList(), skipping,
                    latestRound);
        }
    }

    public Plan plan(Partnership p, long seed) {
        return plan(p, () -> seed);
    }

    /** The same, with the round's seed drawn once what it rests on has been read. */
    public Plan plan(Partnership p, java.util.function.LongSupplier seeds) {
        Long latest = records.latestRound(p.id()).orElse(null);
        Set<Long> skipping = records.skipping(p.id());
        List<Member> taking = members.list(p.id()).stream().filter(m -> !skipping.contains(m.id())).toList();
        Set<Pairing.Pair> recent = records.recentPairs(p.id(), MEMORY);
        long seed = seeds.getAsLong();
        List<List<Long>> groups = taking.size() < 2 ? List.of() : Pairing.groups(taking.stream()
                .map(m -> new Pairing.Participant(m.id(), m.agencyId())).toList(), recent, seed);
        return new Plan(p, seed, taking, skipping, groups, latest);
    }

    /**
     * Holds the planned round; call inside a transaction holding the partnership's lock. Empty when who takes part
     * changed since the plan (someone joined, left, moved agency or chose to sit out): plan again.
     *
     * @param summaryToChannel also put the summary in the outbox for the channel (the weekly round; `pairing now`
     *                         answers with it instead)
     */
    public Optional<Result> apply(Plan plan, Instant now, boolean summaryToChannel) {
        Partnership p = plan.partnership();
        Plan current = new Plan(p, plan.seed(), members.list(p.id()).stream().filter(m -> !plan.skipping().contains(m.id())).toList(),
                records.skipping(p.id()), plan.groups(), records.latestRound(p.id()).orElse(null));
        if (!current.who().equals(plan.who())) {
            return Optional.empty();
        }
        List<Member> taking = plan.taking();
        Set<Long> skipping = plan.skipping();
        if (taking.size() < 2) {
            int skipped = skipping.size();
            return Optional.of(new Result(t -> Reply.channel().text(t.t("pairing.tooFew", skipped)).build(), false));
        }
        List<List<Long>> groups = plan.groups();
        long round = records.saveRound(p.id(), plan.seed(), groups);
        records.clearSkips(p.id());
        Map<Long, Member> byId = taking.stream().collect(Collectors.toMap(Member::id, Function.identity()));
        List<List<Member>> seated = groups.stream().map(g -> g.stream().map(byId::get).toList()).toList();
        outbox.claim(p.id(), MessageKind.PAIRING, "round " + round, round, now).ifPresent(id -> {
            outbox.enqueueAll(id, seated.stream().flatMap(List::stream).map(m -> new Recipient(m.userKey(), m.displayName()))
                    .toList(), now);
            if (summaryToChannel) {
                outbox.enqueue(id, Recipient.CHANNEL, now);
            }
        });
        return Optional.of(new Result(t -> PairingMessages.summary(t, seated), true));
    }

    /**
     * Holds a round now; call inside a transaction holding the partnership's lock (`pairing now`). The plan worked out
     * before the transaction, outside the lock, is held when it still holds; otherwise (someone joined, left or sat
     * out in between, or there was none) the round is planned again here, under the lock: quick, O(n log n), but not
     * free for thousands of people, which is why the plan is normally made before.
     */
    public Result run(Partnership p, Optional<Plan> planned, java.util.function.LongSupplier seeds, Instant now,
                      boolean summaryToChannel) {
        Optional<Result> held = planned.filter(plan -> plan.partnership().id() == p.id())
                .flatMap(plan -> apply(plan, now, summaryToChannel));
        return held.orElseGet(() -> apply(plan(p, seeds), now, summaryToChannel).orElseThrow());
    }

    /** Plans and holds a round at once; call inside a transaction holding the partnership's lock. */
    public Result run(Partnership p, long seed, Instant now, boolean summaryToChannel) {
        return run(p, Optional.empty(), () -> seed, now, summaryToChannel);
    }
}

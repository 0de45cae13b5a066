package org.partnerbot.core.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnerbot.core.actions.Action;
import org.partnerbot.core.actions.Actions;
import org.partnerbot.core.duties.Duties;
import org.partnerbot.core.duties.Duty;
import org.partnerbot.core.meetings.Meeting;
import org.partnerbot.core.meetings.Meetings;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.Outbox;
import org.partnerbot.core.outbox.OutboxDispatcher;
import org.partnerbot.core.outbox.OutboxRetention;
import org.partnerbot.core.outbox.OutboxTargets;
import org.partnerbot.core.outbox.Recipient;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.schedule.MeetingSeries;
import org.partnerbot.core.schedule.MeetingSeriesStore;
import org.partnerbot.core.schedule.Occurrence;
import org.partnerbot.core.transaction.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, when a timer fires, which reminders are due, and records each occurrence in the outbox before
 * anything is sent: the recording and the decision are one transaction under the partnership's lock, so a
 * replayed firing (misfire, restart, a second node) finds the occurrence recorded and sends nothing.
 */
public final class ReminderService implements Wakeups {

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);
    /** How far back the morning sweep looks for meetings whose actions may still need owners. */
    private static final Duration LOOK_BACK = Duration.ofDays(1 + ReminderRules.ACTION_ESCALATION_DAYS + ReminderRules.STALE_AFTER_DAYS + 1);

    private final Transactions transactions;
    private final OutboxTargets targets;
    private final Partnerships partnerships;
    private final MeetingSeriesStore seriesStore;
    private final Outbox outbox;
    private final DutyFlags flags;
    private final Duties duties;
    private final Actions actions;
    private final Meetings meetings;
    private final Members members;
    private final OutboxDispatcher dispatcher;
    private final OutboxRetention retention;
    private final Clock clock;

    public ReminderService(Transactions transactions, OutboxTargets targets, Partnerships partnerships,
                           MeetingSeriesStore seriesStore, Outbox outbox, DutyFlags flags, Duties duties,
                           Actions actions, Meetings meetings, Members members, OutboxDispatcher dispatcher, Clock clock) {
        this.transactions = transactions;
        this.targets = targets;
        this.partnerships = partnerships;
        this.seriesStore = seriesStore;
        this.outbox = outbox;
        this.flags = flags;
        this.duties = duties;
        this.actions = actions;
        this.meetings = meetings;
        this.members = members;
        this.dispatcher = dispatcher;
        this.retention = new OutboxRetention(transactions, outbox);
        this.clock = clock;
    }

    @Override
    public void weekly(long partnershipId, MessageKind kind, Instant firedFor) {
        Instant now = clock.instant();
        transactions.run(() -> planWeekly(partnershipId, kind, firedFor, now));
        dispatcher.sendSoonOrNow();
    }

    /**
     * Plans the slot's partnerships a chunk at a time, in id order: each chunk is one transaction (a commit per
     * partnership was most of the cost), and its row locks are taken in id order, as one partnership's commands take
     * theirs, so nothing waits in a cycle. The outbox claim makes a re-fired slot (recovery after a crash mid-way)
     * send nothing twice. Each chunk is handed to the sender as soon as it is committed.
     */
    @Override
    public void weeklySlot(WeeklyTimer slot, Instant firedFor) {
        Instant now = clock.instant();
        SlotMembers members = new SlotMembers(slot);
        List<Long> chunk;
        int partnerships = 0;
        while (!(chunk = transactions.inTransaction(() -> members.next(SLOT_CHUNK))).isEmpty()) {
            planChunk(chunk, slot, firedFor, now);
            partnerships += chunk.size();
            dispatcher.sendSoonOrNow();
        }
        log.info("timer slot {} fired for {}: {} partnership(s) planned", slot.slot(), firedFor, partnerships);
    }

    /** Partnerships planned per transaction when a slot fires. */
    static final int SLOT_CHUNK = 100;
    /** Series read per page while looking for a slot's partnerships (most in a zone may be at other times). */
    private static final int SLOT_SCAN_PAGE = 500;

    /** Walks, in id order, the partnerships whose wanted timers include a slot, reading their series a page at a time. */
    private final class SlotMembers {
        private final WeeklyTimer slot;
        private final java.util.ArrayDeque<Long> found = new java.util.ArrayDeque<>();
        private long scannedUpTo = Long.MIN_VALUE;
        private boolean scannedAll;

        SlotMembers(WeeklyTimer slot) {
            this.slot = slot;
        }

        List<Long> next(int max) {
            while (found.size() < max && !scannedAll) {
                List<MeetingSeries> page = seriesStore.timingsInZone(slot.zone(), scannedUpTo, SLOT_SCAN_PAGE);
                page.stream().filter(s -> SeriesTimers.wanted(s).contains(slot)).forEach(s -> found.add(s.partnershipId()));
                scannedAll = page.size() < SLOT_SCAN_PAGE;
                if (!page.isEmpty()) {
                    scannedUpTo = page.get(page.size() - 1).partnershipId();
                }
            }
            List<Long> out = new java.util.ArrayList<>(Math.min(max, found.size()));
            while (out.size() < max && !found.isEmpty()) {
                out.add(found.poll());
            }
            return out;
        }
    }

    /**
     * One transaction for the chunk; if it fails, each of its partnerships again in its own, so one partnership's
     * trouble costs the others only a retry, never their reminder.
     */
    private void planChunk(List<Long> ids, WeeklyTimer slot, Instant firedFor, Instant now) {
        try {
            transactions.run(() -> ids.forEach(id -> planSlotMember(id, slot, firedFor, now)));
        } catch (RuntimeException chunkFailed) {
            log.warn("{} chunk of {} partnerships failed ({}): planning them one by one", slot.kind(), ids.size(),
                    chunkFailed.toString());
            for (long id : ids) {
                try {
                    transactions.run(() -> planSlotMember(id, slot, firedFor, now));
                } catch (RuntimeException e) {
                    log.error("{} failed for partnership {}", slot.kind(), id, e);
                }
            }
        }
    }

    /** As {@link #planWeekly}, unless the series moved off the slot since it was read (then its own slot sends it). */
    private void planSlotMember(long partnershipId, WeeklyTimer slot, Instant firedFor, Instant now) {
        planWeekly(partnershipId, slot.kind(), firedFor, now, series -> SeriesTimers.wanted(series).contains(slot), false);
    }

    @Override
    public void sweep() {
        Instant now = clock.instant();
        List<Partnership> all = transactions.inTransaction(targets::all);
        for (Partnership p : all) {
            try {
                transactions.run(() -> planMorning(p.id(), now));
            } catch (RuntimeException e) {
                // One partnership's trouble must not hold back everyone else's reminders; the next sweep retries.
                log.error("morning reminders failed for partnership {}", p.id(), e);
            }
        }
        dispatcher.deliverAllDue();
        retention.pruneIfDue(now);
    }

    @Override
    public void deliver() {
        dispatcher.deliverAllDue();
    }

    private void planWeekly(long partnershipId, MessageKind kind, Instant firedFor, Instant now) {
        planWeekly(partnershipId, kind, firedFor, now, series -> true, true);
    }

    private void planWeekly(long partnershipId, MessageKind kind, Instant firedFor, Instant now,
                            java.util.function.Predicate<MeetingSeries> stillThisTimer, boolean alone) {
        // In a slot's firing most partnerships may be dropped (a skipped week, a re-fired slot): a line each would
        // be 10,000 lines, so there they are debug lines and the slot's firing is logged once.
        org.slf4j.event.Level level = alone ? org.slf4j.event.Level.INFO : org.slf4j.event.Level.DEBUG;
        Optional<Partnership> p = targets.lockById(partnershipId);
        Optional<MeetingSeries> series = p.flatMap(x -> seriesStore.find(x.id()));
        if (series.isEmpty()) {
            log.atLevel(level).log("{} for partnership {} dropped: no weekly schedule", kind, partnershipId);
            return;
        }
        if (!stillThisTimer.test(series.get())) {
            log.atLevel(level).log("{} for partnership {} dropped: its schedule changed to another time", kind, partnershipId);
            return;
        }
        ReminderRules.Decision decision = kind == MessageKind.AGENDA_CALL
                ? ReminderRules.agendaCall(series.get(), firedFor, now)
                : ReminderRules.meetingStart(series.get(), firedFor, now);
        if (decision instanceof ReminderRules.Drop drop) {
            log.atLevel(level).log("{} for partnership {} dropped: {}", kind, partnershipId, drop.reason());
            return;
        }
        Occurrence o = ((ReminderRules.Send) decision).occurrence();
        Optional<Long> recorded = outbox.claim(partnershipId, kind, o.key(), null, o.start().toInstant());
        if (recorded.isEmpty()) {
            log.atLevel(level).log("{} {} for partnership {} was already sent: nothing to do", kind, o.key(), partnershipId);
            return;
        }
        outbox.enqueue(recorded.get(), Recipient.CHANNEL, now);
        if (kind == MessageKind.AGENDA_CALL) {
            dutiesReminded(p.get(), "call " + o.key(), now);
        }
    }

    private void planMorning(long partnershipId, Instant now) {
        Optional<Partnership> found = targets.byId(partnershipId);
        if (found.isEmpty() || !ReminderRules.isMorning(found.get().zone(), now)) {
            return;
        }
        Partnership p = found.get();
        partnerships.lock(p.id());
        ZoneId zone = p.zone();
        LocalDate today = ReminderRules.today(zone, now);

        List<Duty> all = duties.list(p.id());
        if (all.stream().anyMatch(DutyStreaks::flagged) && ReminderRules.standaloneDutiesDue(
                outbox.lastRecorded(p.id(), Set.of(MessageKind.AGENDA_CALL, MessageKind.DUTIES)), zone, now)) {
            outbox.claim(p.id(), MessageKind.DUTIES, today.toString(), null, null).ifPresent(id -> {
                outbox.enqueue(id, Recipient.CHANNEL, now);
                dutiesReminded(p, "weekly " + today, now);
            });
        }

        for (Meeting m : meetings.endedBetween(p.id(), now.minus(LOOK_BACK), now)) {
            List<Action> unassigned = actions.ofMeeting(m.id()).stream().filter(a -> a.open() && a.unassigned()).toList();
            if (unassigned.isEmpty() || m.endedAt() == null) {
                continue;
            }
            LocalDate day = ReminderRules.today(zone, m.endedAt());
            String occurrence = "meeting " + m.id();
            if (ReminderRules.unassignedActionsDue(day, today)) {
                outbox.claim(p.id(), MessageKind.UNASSIGNED_ACTIONS, occurrence, m.id(), m.startedAt())
                        .ifPresent(id -> outbox.enqueue(id, Recipient.CHANNEL, now));
            }
            if (ReminderRules.actionsEscalationDue(day, today)) {
                outbox.claim(p.id(), MessageKind.ACTIONS_ESCALATION, occurrence, m.id(), m.startedAt())
                        .ifPresent(id -> escalationRecipients(p).forEach(r -> outbox.enqueue(id, r, now)));
            }
        }

        for (Action a : actions.open(p.id())) {
            ReminderRules.overdueNudge(a.due(), today).ifPresent(n ->
                    outbox.claim(p.id(), MessageKind.OVERDUE_ACTION, "action " + a.id() + " nudge " + n, a.id(), null)
                            .ifPresent(id -> overdueRecipients(p, a).forEach(r -> outbox.enqueue(id, r, now))));
        }
    }

    /** A duties reminder went out: count the streaks, and tell the chairs of duties flagged twice in a row. */
    private void dutiesReminded(Partnership p, String occurrence, Instant now) {
        List<Duty> current = duties.list(p.id());
        if (current.isEmpty()) {
            return; // no duty, nothing to count, and no streak left: a duty's flags go with it (ON DELETE CASCADE)
        }
        Map<Long, Integer> previous = flags.streaks(p.id());
        DutyStreaks.Result r = DutyStreaks.next(previous, current);
        if (!r.streaks().equals(previous)) {
            // Most partnerships have no flagged duty week after week: nothing to write for them.
            flags.replace(p.id(), r.streaks());
        }
        if (!r.escalate().isEmpty()) {
            outbox.claim(p.id(), MessageKind.DUTIES_ESCALATION, occurrence, null, null)
                    .ifPresent(id -> escalationRecipients(p).forEach(rec -> outbox.enqueue(id, rec, now)));
        }
    }

    private List<Recipient> escalationRecipients(Partnership p) {
        return ReminderRules.escalationRecipients(members.list(p.id())).stream().map(ReminderService::recipient).toList();
    }

    /**
     * The owner; for an agency-owned action each of its members; with nobody there (or an owner who is no longer a
     * member: their reminders stop with their membership), the chairs.
     */
    private List<Recipient> overdueRecipients(Partnership p, Action a) {
        if (a.ownerMemberId() != null) {
            boolean stillMember = members.findById(a.ownerMemberId()).map(Member::active).orElse(false);
            return stillMember ? List.of(new Recipient(a.ownerKey(), a.ownerName())) : escalationRecipients(p);
        }
        if (a.ownerAgencyId() != null) {
            List<Member> agency = members.ofAgency(a.ownerAgencyId());
            if (!agency.isEmpty()) {
                return agency.stream().map(ReminderService::recipient).toList();
            }
        }
        return escalationRecipients(p);
    }

    private static Recipient recipient(Member m) {
        return new Recipient(m.userKey(), m.displayName());
    }
}

package org.partnerbot.core.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.language.Readers;
import org.partnerbot.core.outbox.Composer;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.Outbox;
import org.partnerbot.core.outbox.OutboxEntry;
import org.partnerbot.core.outbox.Recipient;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Members;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Reply;

/**
 * {@code minutes due <N> working days}: when a meeting ends, a reminder to its chair is put in the outbox for the
 * morning of the day its draft minutes are due. It is written when it goes out, so minutes approved by then (or a
 * rule taken away) close it unsent; a chair who has left is replaced by the partnership's chairs.
 */
public final class MinutesDueReminder implements MeetingHook, Composer {

    /** Local time on the due day the reminder goes out: the start of a working day. */
    static final LocalTime SEND_AT = LocalTime.of(9, 0);

    private final OfficialRecord record;
    private final Meetings meetings;
    private final Members members;
    private final Outbox outbox;
    private final Readers readers;

    public MinutesDueReminder(OfficialRecord record, Meetings meetings, Members members, Outbox outbox, Readers readers) {
        this.record = record;
        this.meetings = meetings;
        this.members = members;
        this.outbox = outbox;
        this.readers = readers;
    }

    /** The day the draft minutes of a meeting are due under the partnership's rule, or empty without one. */
    static Optional<LocalDate> dueDay(OfficialRecord.Rules rules, Partnership p, Meeting m) {
        if (rules.minutesDueDays() == null) {
            return Optional.empty();
        }
        return Optional.of(WorkingDays.after(m.startedAt().atZone(p.zone()).toLocalDate(), rules.minutesDueDays()));
    }

    @Override
    public void onEnd(Partnership p, Meeting m) {
        Optional<LocalDate> due = dueDay(record.rules(p.id()), p, m);
        if (due.isEmpty()) {
            return;
        }
        Instant sendAt = due.get().atTime(SEND_AT).atZone(p.zone()).toInstant();
        List<Recipient> chairs = chairs(p, m);
        outbox.claim(p.id(), MessageKind.MINUTES_DUE, "meeting " + m.id(), m.id(), m.startedAt())
                .ifPresent(id -> chairs.forEach(r -> outbox.enqueue(id, r, sendAt)));
    }

    /** The one who chaired the meeting; if they have left, the partnership's chairs (else its admins). */
    private List<Recipient> chairs(Partnership p, Meeting m) {
        Optional<Member> chair = members.findById(m.chairId()).filter(Member::active);
        List<Member> who = chair.map(List::of).orElseGet(() -> {
            List<Member> all = members.list(p.id()).stream().filter(Member::active).toList();
            List<Member> chairsNow = all.stream().filter(Member::chair).toList();
            return chairsNow.isEmpty() ? all.stream().filter(Member::admin).toList() : chairsNow;
        });
        return who.stream().map(x -> new Recipient(x.userKey(), x.displayName())).toList();
    }

    @Override
    public Set<MessageKind> kinds() {
        return Set.of(MessageKind.MINUTES_DUE);
    }

    @Override
    public Optional<Reply> compose(Partnership p, OutboxEntry e, Instant now) {
        if (e.recipient().channel() || e.subjectId() == null) {
            return Optional.empty();
        }
        return meetings.find(p.id(), e.subjectId())
                .filter(m -> record.approval(m.id()).isEmpty())
                .flatMap(m -> dueDay(record.rules(p.id()), p, m).map(due -> {
                    Texts t = readers.person(p.workspace(), e.recipient().userKey());
                    LocalDate held = m.startedAt().atZone(p.zone()).toLocalDate();
                    return Reply.asker()
                            .text(t.t("record.minutesDue.reminder", m.title(), p.name(), held.toString(), due.toString(),
                                    record.rules(p.id()).minutesDueDays()))
                            .note(t.t("record.minutesDue.how", held.toString()))
                            .build();
                }));
    }
}

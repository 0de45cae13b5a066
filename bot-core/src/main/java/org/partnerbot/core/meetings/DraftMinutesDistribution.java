package org.partnerbot.core.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.language.Readers;
import org.partnerbot.core.outbox.Composer;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.Outbox;
import org.partnerbot.core.outbox.OutboxEntry;
import org.partnerbot.core.outbox.Recipient;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Representatives;
import org.partnerbot.core.reply.Reply;

/**
 * At {@code #endmeeting} the draft minutes go, by direct message through the outbox, to the representative and deputy
 * of every agency that sent apologies or was absent: those who were not there hear what was decided. Written when
 * sent, so a recipient reads the minutes as they stand then, and nobody who has left is written to.
 */
public final class DraftMinutesDistribution implements MeetingHook, Composer {

    private final Meetings meetings;
    private final OfficialRecord record;
    private final Representatives representatives;
    private final Agencies agencies;
    private final Outbox outbox;
    private final Supplier<MinutesView> minutesView;
    private final Readers readers;

    public DraftMinutesDistribution(Meetings meetings, OfficialRecord record, Representatives representatives,
                                    Agencies agencies, Outbox outbox, Supplier<MinutesView> minutesView, Readers readers) {
        this.readers = readers;
        this.meetings = meetings;
        this.record = record;
        this.representatives = representatives;
        this.agencies = agencies;
        this.outbox = outbox;
        this.minutesView = minutesView;
    }

    @Override
    public void onEnd(Partnership p, Meeting m) {
        List<AgencyRoll.AgencyAtMeeting> roll = AgencyRoll.of(agencies.list(p.id()), meetings.attendance(m.id()),
                record.presence(m.id()), record.apologies(m.id()));
        List<Representatives.Representative> reps = representatives.list(p.id()).stream()
                .filter(r -> r.userKey() != null && roll.stream().anyMatch(a -> a.agency().id() == r.agencyId()
                        && a.standing() != AgencyRoll.Standing.PRESENT))
                .toList();
        if (reps.isEmpty()) {
            return;
        }
        Instant now = m.endedAt() == null ? m.startedAt() : m.endedAt();
        outbox.claim(p.id(), MessageKind.DRAFT_MINUTES, "meeting " + m.id(), m.id(), now).ifPresent(id -> reps.stream()
                .map(r -> new Recipient(r.userKey(), r.displayName())).distinct()
                .forEach(r -> outbox.enqueue(id, r, now)));
    }

    @Override
    public Set<MessageKind> kinds() {
        return Set.of(MessageKind.DRAFT_MINUTES);
    }

    @Override
    public Optional<Reply> compose(Partnership p, OutboxEntry e, Instant now) {
        if (e.recipient().channel() || e.subjectId() == null) {
            return Optional.empty();
        }
        return meetings.find(p.id(), e.subjectId()).map(m -> {
            // In the reader's own language: the minutes reach them in private.
            Texts t = readers.person(p.workspace(), e.recipient().userKey());
            Reply.Builder reply = Reply.asker().text(t.t("record.draft.intro", m.title(), p.name()));
            return minutesView.get().minutes(t, p, m, reply).build();
        });
    }
}

package org.partnerbot.core.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.partnerbot.core.actions.Action;
import org.partnerbot.core.actions.Actions;
import org.partnerbot.core.agenda.AgendaItems;
import org.partnerbot.core.duties.Duties;
import org.partnerbot.core.duties.Duty;
import org.partnerbot.core.i18n.Bilingual;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.language.Readers;
import org.partnerbot.core.meetings.Meeting;
import org.partnerbot.core.meetings.Meetings;
import org.partnerbot.core.outbox.Composer;
import org.partnerbot.core.outbox.MessageKind;
import org.partnerbot.core.outbox.OutboxEntry;
import org.partnerbot.core.partnership.Agencies;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.schedule.MeetingSeries;
import org.partnerbot.core.schedule.MeetingSeriesStore;

/**
 * Turns an outbox entry into a message from the partnership's current state. Empty when there is nothing left
 * to say (the action was taken, the duty claimed): the entry is closed rather than sent stale.
 */
public final class ReminderComposer implements Composer {

    private static final Set<MessageKind> KINDS = EnumSet.of(MessageKind.AGENDA_CALL, MessageKind.MEETING_START,
            MessageKind.DUTIES, MessageKind.DUTIES_ESCALATION, MessageKind.UNASSIGNED_ACTIONS,
            MessageKind.ACTIONS_ESCALATION, MessageKind.OVERDUE_ACTION);

    private final MeetingSeriesStore series;
    private final Agencies agencies;
    private final AgendaItems agenda;
    private final Duties duties;
    private final DutyFlags flags;
    private final Actions actions;
    private final Meetings meetings;
    private final ReminderMessages messages;
    private final Readers readers;

    public ReminderComposer(MeetingSeriesStore series, Agencies agencies, AgendaItems agenda,
                            Duties duties, DutyFlags flags, Actions actions, Meetings meetings, ReminderMessages messages,
                            Readers readers) {
        this.readers = readers;
        this.series = series;
        this.agencies = agencies;
        this.agenda = agenda;
        this.duties = duties;
        this.flags = flags;
        this.actions = actions;
        this.meetings = meetings;
        this.messages = messages;
    }

    @Override
    public Set<MessageKind> kinds() {
        return KINDS;
    }

    @Override
    public Optional<Reply> compose(Partnership p, OutboxEntry e, Instant now) {
        // The channel reads its policy (both languages, Welsh first, when bilingual); a person their own language.
        List<Texts> voices = e.recipient().channel() ? readers.channel(p.id())
                : List.of(readers.person(p.workspace(), e.recipient().userKey()));
        return write(p, e, now).map(w -> Bilingual.compose(voices, w));
    }

    private Optional<Function<Texts, Reply>> write(Partnership p, OutboxEntry e, Instant now) {
        long id = p.id();
        return switch (e.kind()) {
            case AGENDA_CALL -> {
                var all = agencies.list(id);
                var pending = agenda.pending(id);
                var register = duties.list(id);
                yield Optional.of(t -> messages.agendaCall(t, p, e.occursAt(), all, pending, register, now));
            }
            case MEETING_START -> {
                int minutes = series.find(id).map(MeetingSeries::durationMinutes).orElse(MeetingSeries.DEFAULT_DURATION_MINUTES);
                List<Action> review = actions.open(id).stream().filter(a -> a.createdAt().isBefore(e.occursAt())).toList();
                List<Duty> register = duties.list(id);
                yield Optional.of(t -> messages.meetingStart(t, p, e.occursAt(), minutes, review, register, now));
            }
            case DUTIES -> {
                List<Duty> all = duties.list(id);
                yield all.stream().anyMatch(DutyStreaks::flagged) ? Optional.of(t -> messages.duties(t, p, all, now))
                        : Optional.empty();
            }
            case DUTIES_ESCALATION -> {
                Map<Long, Integer> streaks = flags.streaks(id);
                List<Duty> still = duties.list(id).stream().filter(DutyStreaks::flagged)
                        .filter(d -> streaks.getOrDefault(d.id(), 0) >= DutyStreaks.ESCALATE_AT).toList();
                yield still.isEmpty() ? Optional.empty() : Optional.of(t -> messages.dutiesEscalation(t, p, still, now));
            }
            case UNASSIGNED_ACTIONS, ACTIONS_ESCALATION -> meeting(id, e).flatMap(m -> {
                List<Action> unassigned = actions.ofMeeting(m.id()).stream().filter(a -> a.open() && a.unassigned()).toList();
                if (unassigned.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.<Function<Texts, Reply>>of(e.kind() == MessageKind.UNASSIGNED_ACTIONS
                        ? t -> messages.unassignedActions(t, p, m, unassigned, now)
                        : t -> messages.actionsEscalation(t, p, m, unassigned, now));
            });
            case OVERDUE_ACTION -> {
                LocalDate today = ReminderRules.today(p.zone(), now);
                yield actions.open(id).stream().filter(a -> e.subjectId() != null && a.id() == e.subjectId())
                        .filter(a -> a.overdue(today)).findFirst().map(a -> t -> messages.overdue(t, p, a, now));
            }
            case HEALTH_DIGEST, PAIRING, WELCOME, DASHBOARD_LINK, DRAFT_MINUTES, MINUTES_DUE -> throw new IllegalArgumentException(e.kind() + " is not a reminder");
        };
    }

    private Optional<Meeting> meeting(long partnershipId, OutboxEntry e) {
        if (e.subjectId() == null || e.occursAt() == null) {
            return Optional.empty();
        }
        return meetings.endedBetween(partnershipId, e.occursAt(), e.occursAt().plusSeconds(1)).stream()
                .filter(m -> m.id() == e.subjectId()).findFirst();
    }
}

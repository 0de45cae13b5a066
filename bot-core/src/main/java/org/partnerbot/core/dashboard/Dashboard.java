package org.partnerbot.core.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.partnerbot.core.access.Access;
import org.partnerbot.core.access.Standing;
import org.partnerbot.core.audit.AuditEvent;
import org.partnerbot.core.audit.AuditLog;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.language.Languages;
import org.partnerbot.core.language.Readers;
import org.partnerbot.core.partnership.Member;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.transaction.Transactions;

/**
 * The dashboard's pages for a signed-in reader. Every call asks {@link Access#outside} whether the reader is a member of
 * the partnership now (a member who left sees nothing from their next request on); a partnership of another workspace,
 * one the reader is not an active member of, or one that does not exist all give the same empty answer.
 */
public final class Dashboard {

    /** The earliest and latest instants a page without a date range covers. */
    private static final Instant ALWAYS_FROM = Instant.EPOCH;
    private static final Instant ALWAYS_TO = Instant.parse("9999-01-01T00:00:00Z");

    private final Transactions transactions;
    private final Access access;
    private final Partnerships partnerships;
    private final DashboardViews views;
    private final Classifications classifications;
    private final AuditLog audit;
    private final Clock clock;
    private final Readers readers;

    /** @param readers each reader's language: the pages follow it */
    public Dashboard(Transactions transactions, Access access, Partnerships partnerships, DashboardViews views,
                     Classifications classifications, AuditLog audit, Clock clock, Readers readers) {
        this.readers = readers;
        this.transactions = transactions;
        this.access = access;
        this.partnerships = partnerships;
        this.views = views;
        this.classifications = classifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** A partnership the reader may open, by its opaque id and name. */
    public record Entry(long id, String name, String classification) {
    }

    /** The partnerships the reader is a member of now. */
    public List<Entry> partnerships(Reader reader) {
        return transactions.inTransaction(() -> access.visibleTo(reader.workspace(), reader.userKey()).stream()
                .map(p -> new Entry(p.id(), p.name(), classifications.of(p))).toList());
    }

    /** The reader's language, for the pages that belong to no one partnership. */
    public Language language(Reader reader) {
        return transactions.inTransaction(() -> readers.person(reader.workspace(), reader.userKey()).language());
    }

    /**
     * The language the reader chose or their platform said; empty when neither is known (the routes may then follow
     * what the browser asks for).
     */
    public Optional<Language> ownLanguage(Reader reader) {
        return transactions.inTransaction(() -> own(reader));
    }

    private Optional<Language> own(Reader reader) {
        Languages.Preference pref = readers.store().of(reader.workspace(), reader.userKey());
        return Optional.ofNullable(pref.chosen() != null ? pref.chosen() : pref.platform());
    }

    public Optional<Page<Overview>> overview(Reader reader, long partnershipId) {
        return page(reader, partnershipId, (p, m) -> views.overview(p, clock.instant()));
    }

    public Optional<Page<DutiesMatrix>> duties(Reader reader, long partnershipId) {
        return page(reader, partnershipId, (p, m) -> views.duties(p, clock.instant()));
    }

    public Optional<Page<ActionLog>> actions(Reader reader, long partnershipId, ActionLog.Filter filter) {
        return page(reader, partnershipId, (p, m) -> views.actions(p, filter, clock.instant()));
    }

    /** Every ended meeting with its minutes; seeing them is recorded in the audit log, as minutes read outside the channel are. */
    public Optional<Page<List<MeetingRecord>>> meetings(Reader reader, long partnershipId) {
        return meetings(reader, partnershipId, null);
    }

    /** @param language the minutes' language, as the reader picked it on the page; null for the page's own */
    public Optional<Page<List<MeetingRecord>>> meetings(Reader reader, long partnershipId, Language language) {
        return page(reader, partnershipId, (p, m) -> {
            audit.record(p.id(), m, null, AuditEvent.MINUTES_VIEWED, "on the dashboard");
            return views.meetings(p, ALWAYS_FROM, ALWAYS_TO,
                    readers.messages().in(language == null ? pageLanguage(reader, p) : language));
        });
    }

    public Optional<Page<Trends>> trends(Reader reader, long partnershipId) {
        return page(reader, partnershipId, (p, m) -> views.trends(p, ALWAYS_FROM, ALWAYS_TO, clock.instant()));
    }

    /**
     * The evidence pack for [from, to] (chairs and admins): produced now, by the reader, and recorded in the audit log.
     * A member who is neither gets the page without a body.
     */
    public Optional<Page<EvidencePack>> evidence(Reader reader, long partnershipId, LocalDate from, LocalDate to) {
        return evidenceEditions(reader, partnershipId, from, to)
                .map(page -> new Page<>(page.header(), page.allowed() ? page.body().first() : null));
    }

    /**
     * The evidence pack in the partnership's language policy, not the reader's: it is the partnership's document (Welsh,
     * English, or Welsh then English when bilingual). Produced once, and recorded once in the audit log.
     */
    public Optional<Page<EvidencePack.Editions>> evidenceEditions(Reader reader, long partnershipId, LocalDate from,
                                                                  LocalDate to) {
        return page(reader, partnershipId, (p, m) -> {
            if (!m.canChair()) {
                return null;
            }
            audit.record(p.id(), m, null, AuditEvent.EVIDENCE_PACK_PRODUCED, from + " to " + to);
            Instant now = clock.instant();
            return new EvidencePack.Editions(readers.channel(p.id()).stream()
                    .map(t -> views.evidence(p, from, to, now, DashboardViews.name(m), t)).toList());
        });
    }

    /** Today in the partnership's zone, for a date range's defaults; empty as for any page the reader may not see. */
    public Optional<LocalDate> today(Reader reader, long partnershipId) {
        return page(reader, partnershipId, (p, m) -> clock.instant().atZone(p.zone()).toLocalDate()).map(Page::body);
    }

    /** The reader's own language; for a reader the bot knows none of, the first of the partnership's policy. */
    private Language pageLanguage(Reader reader, Partnership p) {
        return own(reader).orElseGet(() -> readers.store().policy(p.id()).languages().get(0));
    }

    private <T> Optional<Page<T>> page(Reader reader, long partnershipId, BiFunction<Partnership, Member, T> body) {
        return transactions.inTransaction(() -> {
            Optional<Partnership> found = partnerships.findById(reader.workspace(), partnershipId);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Partnership p = found.get();
            Standing standing = access.outside(p, reader.userKey());
            if (!standing.active()) {
                return Optional.empty();
            }
            Member m = standing.member();
            PageHeader header = new PageHeader(p.id(), p.name(), classifications.of(p), DashboardViews.name(m), m.canChair(),
                    pageLanguage(reader, p));
            return Optional.of(new Page<>(header, body.apply(p, m)));
        });
    }
}

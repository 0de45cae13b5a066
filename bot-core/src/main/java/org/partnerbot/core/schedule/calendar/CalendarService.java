package org.partnerbot.core.schedule.calendar;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.partnerbot.core.i18n.Bilingual;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.language.Readers;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.partnership.Partnerships;
import org.partnerbot.core.render.ICalendarWriter;
import org.partnerbot.core.schedule.MeetingSeriesStore;
import org.partnerbot.core.transaction.Transactions;

/**
 * Calendar subscriptions: unguessable tokens (256 random bits) and the feed behind each. The feed is served
 * without a login (calendar apps cannot log in), so the token is the only key: it is revocable, and an
 * unknown or revoked token looks exactly like one that never existed.
 */
public final class CalendarService {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private final SecureRandom random = new SecureRandom();

    private final Transactions transactions;
    private final CalendarTokens tokens;
    private final Partnerships partnerships;
    private final MeetingSeriesStore series;
    private final Clock clock;
    private final Readers readers;

    public CalendarService(Transactions transactions, CalendarTokens tokens, Partnerships partnerships,
                           MeetingSeriesStore series, Clock clock, Readers readers) {
        this.readers = readers;
        this.transactions = transactions;
        this.tokens = tokens;
        this.partnerships = partnerships;
        this.series = series;
        this.clock = clock;
    }

    /** The partnership's token, created on first use. Call inside the command's transaction. */
    String tokenFor(long partnershipId) {
        return tokens.find(partnershipId).orElseGet(() -> reset(partnershipId));
    }

    /** A new token; the old URL stops working at once. Call inside the command's transaction. */
    String reset(long partnershipId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.replace(partnershipId, token);
        return token;
    }

    boolean hasSchedule(long partnershipId) {
        return series.find(partnershipId).isPresent();
    }

    /** The .ics text for a token, or empty when the token opens nothing. Runs its own transaction. */
    public Optional<String> feed(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return transactions.inTransaction(() -> tokens.owner(token).flatMap(owner -> {
            Optional<Partnership> p = partnerships.findById(owner.workspace(), owner.partnershipId());
            return p.map(partnership -> ICalendarWriter.ics(partnership, series.find(partnership.id()).orElse(null),
                    owner.since().atZone(partnership.zone()).toLocalDate(), clock.instant(), words(partnership)));
        }));
    }

    /** The event's words in the channel's languages (Welsh first when bilingual), like a post in the channel. */
    private ICalendarWriter.EventWords words(Partnership p) {
        List<Texts> voices = readers.channel(p.id());
        String summary = Bilingual.join(voices, t -> t.t("calendar.feed.summary", p.name()));
        String description = String.join("\n\n", voices.stream().map(t -> description(t, p)).toList());
        return new ICalendarWriter.EventWords(summary, description);
    }

    private static String description(Texts t, Partnership p) {
        String about = t.t("calendar.feed.description", p.name());
        return p.hasPurpose() ? t.t("calendar.feed.purpose", p.purpose()) + "\n\n" + about : about;
    }
}

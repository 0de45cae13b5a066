package org.partnerbot.core.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.partnerbot.core.partnership.Partnership;
import org.partnerbot.core.schedule.MeetingSeries;

/**
 * The weekly meeting as an RFC 5545 calendar, written with ical4j: one recurring event whose start carries the
 * series' IANA zone (TZID, with the zone's VTIMEZONE), so calendars keep it at the same local time across
 * daylight-saving changes; skipped dates are EXDATEs. The event's words (summary, description) come composed in the
 * partnership's languages from the caller, since only the core knows the language policy.
 */
public final class ICalendarWriter {

    private static final DateTimeFormatter UID_TIME = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);

    private ICalendarWriter() {
    }

    /**
     * @param series  the weekly series, or null when the partnership has none yet (the calendar is then empty)
     * @param from    the first meeting is the first on or after this date, so the event's start is stable
     * @param stamp   when the feed was produced (DTSTAMP)
     * @param words   the event's summary and description, already in the partnership's languages
     */
    public static String ics(Partnership p, MeetingSeries series, LocalDate from, Instant stamp, EventWords words) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Partnerbot//Partnership meetings//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", p.name()));
        // The zone is always there: RFC 5545 wants at least one component, even while the series is paused.
        TimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry()
                .getTimeZone((series == null ? p.zone() : series.zone()).getId());
        if (zone != null) {
            calendar.add(zone.getVTimeZone());
        }
        if (series != null && !series.paused()) {
            calendar.add(event(p, series, from, stamp, words));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** What a calendar app shows of the meeting: its title and its notes. */
    public record EventWords(String summary, String description) {
    }

    private static VEvent event(Partnership p, MeetingSeries s, LocalDate from, Instant stamp, EventWords words) {
        LocalDate first = from.with(TemporalAdjusters.nextOrSame(s.day()));
        ZonedDateTime start = s.on(first).start();
        VEvent event = new VEvent(start, start.plusMinutes(s.durationMinutes()), words.summary());
        event.replace(new DtStamp(stamp));
        // A new slot is a new event: calendars drop the old weekly event instead of moving its history.
        event.add(new Uid("partnership-" + p.id() + "-" + s.day().name().substring(0, 2) + UID_TIME.format(s.time())
                + "-" + s.zone().getId().replace('/', '.') + "@partnerbot"));
        event.add(new RRule<>("FREQ=WEEKLY;BYDAY=" + s.day().name().substring(0, 2)));
        List<ZonedDateTime> skipped = s.skips().stream().filter(d -> !d.isBefore(first) && s.isMeetingDay(d))
                .map(d -> s.on(d).start()).toList();
        if (!skipped.isEmpty()) {
            event.add(new ExDate<>(new ParameterList(List.of(new TzId(s.zone().getId()))), new DateList<>(skipped)));
        }
        event.add(new Description(words.description()));
        return event;
    }
}

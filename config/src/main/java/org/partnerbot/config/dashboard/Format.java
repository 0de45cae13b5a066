package org.partnerbot.config.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.partnerbot.core.dashboard.Trends;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.render.HtmlRenderer;
import org.partnerbot.core.reply.Reply;

/** How the pages write dates, times, durations and lists of names. */
public final class Format {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm zzz", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Format() {
    }

    public static String date(LocalDate d) {
        return d == null ? "—" : DATE.format(d);
    }

    public static String dateTime(ZonedDateTime t) {
        return t == null ? "—" : DATE_TIME.format(t);
    }

    public static String time(ZonedDateTime t) {
        return t == null ? "—" : TIME.format(t);
    }

    public static String utc(Instant t) {
        return DATE_TIME.format(t.atZone(ZoneId.of("UTC")));
    }

    /** "3 days", "5 hours", "under an hour". */
    public static String gap(Duration d) {
        if (d == null) {
            return "";
        }
        long days = d.toDays();
        if (days >= 1) {
            return days + (days == 1 ? " day" : " days");
        }
        long hours = d.toHours();
        return hours >= 1 ? hours + (hours == 1 ? " hour" : " hours") : "under an hour";
    }

    /**
     * A meeting's minutes as the HTML export writes them (the same renderer), as a section of the page. Safe to place
     * unescaped: the renderer builds a DOM, so every text people wrote is serialised as text.
     *
     * @param topLevel the level of the minutes' own heading
     */
    public static String minutes(Reply minutes, int topLevel) {
        return HtmlRenderer.fragment(minutes, topLevel, IcuMessages.standard().in(Language.EN));
    }

    public static String names(List<String> names) {
        return names.isEmpty() ? "—" : String.join(", ", names);
    }

    public static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** An agency's attendance at one meeting, in words: present, apologies (with or without information) or absent. */
    public static String presence(org.partnerbot.core.dashboard.MeetingRecord.AgencyAttendance a) {
        return switch (a.presence()) {
            case PRESENT -> "present";
            case APOLOGIES -> a.infoSent() ? "apologies (information sent)" : "apologies (no information sent)";
            case ABSENT -> "absent";
        };
    }

    /** What a heat map cell says: the number present, "apologies" (with "+ info" when information was sent), "absent". */
    public static String cellText(Trends.Attended a) {
        return switch (a.presence()) {
            case PRESENT -> String.valueOf(a.people());
            case APOLOGIES -> a.infoSent() ? "apologies + info" : "apologies";
            case ABSENT -> "absent";
        };
    }

    /** The same in full, for the cell's tooltip and the table behind the chart. */
    public static String attended(Trends.Attended a) {
        return switch (a.presence()) {
            case PRESENT -> a.people() == 1 ? "1 person present" : a.people() + " people present";
            case APOLOGIES -> a.infoSent() ? "apologies (information sent)" : "apologies (no information sent)";
            case ABSENT -> "absent";
        };
    }
}

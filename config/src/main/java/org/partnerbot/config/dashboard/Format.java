package org.partnerbot.config.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.partnerbot.core.dashboard.ActionLog;
import org.partnerbot.core.dashboard.DashboardViews;
import org.partnerbot.core.dashboard.MeetingRecord;
import org.partnerbot.core.dashboard.Trends;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.render.HtmlRenderer;
import org.partnerbot.core.reply.Reply;

/** How the pages write dates, times, durations and lists of names, in the reader's language. */
public final class Format {

    // Hours and zone abbreviations (GMT, BST, UTC) read the same in English and Welsh.
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME_ZONE = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.UK);

    private Format() {
    }

    /** "Thu 3 Dec 2026", "Iau 3 Rhag 2026"; a dash for no date. */
    public static String date(Texts t, LocalDate d) {
        return d == null ? t.t("dashboard.none") : t.shortDate(d);
    }

    public static String dateTime(Texts t, ZonedDateTime at) {
        return at == null ? t.t("dashboard.none") : t.shortDate(at.toLocalDate()) + " " + TIME_ZONE.format(at);
    }

    public static String time(Texts t, ZonedDateTime at) {
        return at == null ? t.t("dashboard.none") : TIME.format(at);
    }

    public static String utc(Texts t, Instant at) {
        return dateTime(t, at.atZone(ZoneId.of("UTC")));
    }

    /** "3 days", "5 hours", "under an hour" ("3 diwrnod", "5 awr", "llai nag awr"). */
    public static String gap(Texts t, Duration d) {
        if (d == null) {
            return "";
        }
        long days = d.toDays();
        if (days >= 1) {
            return t.t("dashboard.gap.days", days);
        }
        long hours = d.toHours();
        return hours >= 1 ? t.t("dashboard.gap.hours", hours) : t.t("dashboard.gap.underAnHour");
    }

    /**
     * A meeting's minutes as the HTML export writes them (the same renderer), as a section of the page. Safe to place
     * unescaped: the renderer builds a DOM, so every text people wrote is serialised as text.
     *
     * @param topLevel the level of the minutes' own heading
     */
    public static String minutes(Texts t, Reply minutes, int topLevel) {
        return HtmlRenderer.fragment(minutes, topLevel, t);
    }

    public static String names(Texts t, List<String> names) {
        return names.isEmpty() ? t.t("dashboard.none") : String.join(", ", names);
    }

    /** An agency's name, or the reader's word for UNASSIGNED where the figures count actions nobody owns. */
    public static String agency(Texts t, String name) {
        return DashboardViews.UNASSIGNED.equals(name) ? t.t("dashboard.badge.unassigned") : name;
    }

    /** "open", "not possible": an action's status as the bot's replies word it. */
    public static String status(Texts t, ActionLog.Status status) {
        return t.t("record.action.status." + status.name());
    }

    /** A trend's moment: the meeting's day, or "now". */
    public static String when(Texts t, Trends.Shape s) {
        return s.label().equals("now") ? t.t("dashboard.now") : t.shortDate(s.date());
    }

    /** An agency's attendance at one meeting, in words: present, apologies (with or without information) or absent. */
    public static String presence(Texts t, MeetingRecord.AgencyAttendance a) {
        return switch (a.presence()) {
            case PRESENT -> t.t("dashboard.presence.present");
            case APOLOGIES -> apologies(t, a.infoSent());
            case ABSENT -> t.t("dashboard.presence.absent");
        };
    }

    /** What a heat map cell says: the number present, "apologies" (with "+ info" when information was sent), "absent". */
    public static String cellText(Texts t, Trends.Attended a) {
        return switch (a.presence()) {
            case PRESENT -> String.valueOf(a.people());
            case APOLOGIES -> t.t(a.infoSent() ? "dashboard.cell.apologiesInfo" : "dashboard.cell.apologies");
            case ABSENT -> t.t("dashboard.cell.absent");
        };
    }

    /** The same in full, for the cell's tooltip and the table behind the chart. */
    public static String attended(Texts t, Trends.Attended a) {
        return switch (a.presence()) {
            case PRESENT -> t.t("dashboard.presence.people", a.people());
            case APOLOGIES -> apologies(t, a.infoSent());
            case ABSENT -> t.t("dashboard.presence.absent");
        };
    }

    private static String apologies(Texts t, boolean infoSent) {
        return t.t(infoSent ? "dashboard.presence.apologiesInfo" : "dashboard.presence.apologiesNoInfo");
    }
}

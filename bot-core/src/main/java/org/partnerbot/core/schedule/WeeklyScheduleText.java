package org.partnerbot.core.schedule;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.i18n.Texts;

/**
 * Parses {@code <mon..sun> <HH:MM> [<Area/City>] [<N>m]}. Every wrong part is named in one line, so a person
 * fixes the whole command at once rather than one mistake per try.
 */
public final class WeeklyScheduleText {

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 480;

    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Pattern MINUTES = Pattern.compile("(\\d{1,4})m(?:in)?", Pattern.CASE_INSENSITIVE);

    public record Parsed(DayOfWeek day, LocalTime time, ZoneId zone, int durationMinutes) {
    }

    private WeeklyScheduleText() {
    }

    /** @param defaultZone used when no zone is given: the asker's if known, else the partnership's */
    public static Parsed parse(String args, ZoneId defaultZone, int defaultMinutes, CommandSpec spec, Texts texts) {
        String[] tokens = args.strip().split("\\s+");
        if (tokens.length < 2 || tokens[0].isEmpty()) {
            throw new UserError(texts.t("schedule.needsDayAndTime"), spec);
        }
        List<String> problems = new ArrayList<>();
        DayOfWeek day = day(tokens[0]).orElse(null);
        if (day == null) {
            problems.add(texts.t("schedule.notAWeekday", tokens[0]));
        }
        LocalTime time = time(tokens[1]).orElse(null);
        if (time == null) {
            problems.add(texts.t("schedule.notATime", tokens[1]));
        }
        ZoneId zone = null;
        Integer minutes = null;
        for (int i = 2; i < tokens.length; i++) {
            String t = tokens[i];
            Matcher m = MINUTES.matcher(t);
            if (m.matches() && minutes == null) {
                minutes = Integer.parseInt(m.group(1));
                if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
                    problems.add(texts.t("schedule.notALength", t, MIN_MINUTES, MAX_MINUTES));
                }
            } else if (zone == null && !m.matches()) {
                Optional<ZoneId> z = zone(t);
                if (z.isPresent()) {
                    zone = z.get();
                } else {
                    zone = ZoneId.of("UTC");
                    problems.add(texts.t("schedule.notAZone", t));
                }
            } else {
                problems.add(texts.t("schedule.tooMany", t));
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError(texts.t("schedule.problems", capitalise(String.join("; ", problems))), spec);
        }
        return new Parsed(day, time, zone == null ? defaultZone : zone, minutes == null ? defaultMinutes : minutes);
    }

    /** "tue", "tues" and "tuesday" all name Tuesday: any start of the English name, at least three letters. */
    static Optional<DayOfWeek> day(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values())
                .filter(d -> t.length() >= 3 && d.name().toLowerCase(Locale.ROOT).startsWith(t))
                .findFirst();
    }

    static Optional<LocalTime> time(String token) {
        Matcher m = TIME.matcher(token);
        if (!m.matches()) {
            return Optional.empty();
        }
        int h = Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        return h < 24 && min < 60 ? Optional.of(LocalTime.of(h, min)) : Optional.empty();
    }

    /** IANA region names only (any letter case), or UTC: offsets like +01:00 would not follow daylight saving. */
    public static Optional<ZoneId> zone(String token) {
        if (token.equalsIgnoreCase("UTC")) {
            return Optional.of(ZoneId.of("UTC"));
        }
        if (!token.contains("/")) {
            return Optional.empty();
        }
        return ZoneId.getAvailableZoneIds().stream().filter(id -> id.equalsIgnoreCase(token)).findFirst().flatMap(id -> {
            try {
                return Optional.of(ZoneId.of(id));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        });
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}

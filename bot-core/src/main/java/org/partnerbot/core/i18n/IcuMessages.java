package org.partnerbot.core.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * {@link Messages} on ICU4J: bundles {@code i18n/messages_en.properties} and {@code i18n/messages_cy.properties}
 * (UTF-8) hold ICU {@code MessageFormat} patterns, so {@code {0, plural, ...}} follows CLDR (Welsh has six forms:
 * zero, one, two, few, many, other) and numbers are formatted per locale.
 */
public final class IcuMessages implements Messages {

    /** Day-month-year as each language writes a date in full. */
    private static final Map<Language, String> DATE_PATTERN = Map.of(
            Language.EN, "EEEE d MMMM y",
            Language.CY, "EEEE d MMMM y");

    private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);
    /** Each key's pattern parsed once, per language: at most one per message in the bundles. */
    private final Map<Language, Map<String, MessageFormat>> formats = new EnumMap<>(Language.class);

    private IcuMessages() {
        for (Language l : Language.values()) {
            bundles.put(l, load("i18n/messages_" + l.code() + ".properties"));
            formats.put(l, new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    private static final IcuMessages STANDARD = new IcuMessages();

    /** The bot's own bundles, loaded once. */
    public static IcuMessages standard() {
        return STANDARD;
    }

    @Override
    public String text(Language language, String key, Object... args) {
        MessageFormat format = formats.get(language).computeIfAbsent(key, k -> {
            String pattern = bundles.get(language).getProperty(k);
            if (pattern == null) {
                throw new IllegalArgumentException("no message " + k + " in " + language.code());
            }
            return new MessageFormat(pattern, language.locale());
        });
        // Parsing the pattern was most of the cost of a text (an agenda call has dozens); a MessageFormat is not
        // thread-safe, but formatting holds it for a microsecond.
        synchronized (format) {
            return format.format(args == null ? new Object[0] : args);
        }
    }

    @Override
    public String date(Language language, LocalDate date) {
        DateFormat f = new SimpleDateFormat(DATE_PATTERN.get(language), language.locale());
        f.setTimeZone(TimeZone.GMT_ZONE);
        String s = f.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
        return language == Language.CY ? capitalise(s) : s;
    }

    @Override
    public String shortDate(Language language, LocalDate date) {
        return format("EEE d MMM y", language, date);
    }

    @Override
    public String dayMonth(Language language, LocalDate date) {
        return format("d MMM", language, date);
    }

    private static String format(String pattern, Language language, LocalDate date) {
        DateFormat f = new SimpleDateFormat(pattern, language.locale());
        f.setTimeZone(TimeZone.GMT_ZONE);
        return f.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    @Override
    public String weekday(Language language, java.time.DayOfWeek day) {
        DateFormat f = new SimpleDateFormat("EEEE", language.locale());
        f.setTimeZone(TimeZone.GMT_ZONE);
        // 2026-11-30 is a Monday: the day's date in that week names it.
        String s = f.format(Date.from(LocalDate.of(2026, 11, 30).plusDays(day.ordinal()).atStartOfDay(ZoneOffset.UTC).toInstant()));
        return capitalise(s);
    }

    @Override
    public boolean has(Language language, String key) {
        return bundles.get(language).containsKey(key);
    }

    @Override
    public Set<String> keys(Language language) {
        return bundles.get(language).stringPropertyNames();
    }

    /** The raw pattern of a key, for the bundle test that compares arguments across languages. */
    public String pattern(Language language, String key) {
        return bundles.get(language).getProperty(key);
    }

    // CLDR writes Welsh weekdays in lower case ("dydd Iau"); a date that opens a line reads "Dydd Iau".
    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = IcuMessages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundle " + resource);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}

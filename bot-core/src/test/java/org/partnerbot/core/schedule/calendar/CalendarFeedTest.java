package org.partnerbot.core.schedule.calendar;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.AssemblyDriver;
import org.partnerbot.core.testing.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarFeedTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern URL = Pattern.compile("/calendar/([A-Za-z0-9_-]+)\\.ics");

    @Test
    void calendarCommandsWorkInConversation() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 1)) {
            Scenario.load("calendar.txt").runAgainst(driver);
        }
    }

    /** A partnership meeting on Tuesdays at 10:00 London time since October 2026, with one skipped date. */
    private static String feed(AssemblyDriver driver) {
        driver.say("sam", "setup Northside");
        driver.say("sam", "purpose Keep every referred family safe");
        driver.say("sam", "schedule weekly tue 10:00 Europe/London 60m");
        driver.say("sam", "schedule skip 2026-12-29");
        String token = token(driver.say("dan", "calendar"));
        return driver.scheduling().calendars().feed(token).orElseThrow();
    }

    private static String token(List<String> reply) {
        Matcher m = URL.matcher(String.join("\n", reply));
        assertThat(m.find()).as("a calendar link in %s", reply).isTrue();
        return m.group(1);
    }

    @Test
    void theFeedParsesBackWithIcal4jAndKeepsTenOClockLocalAcrossBothDaylightSavingChanges() throws Exception {
        try (AssemblyDriver driver = new AssemblyDriver("2026-10-01T09:00:00Z", 1)) {
            String ics = feed(driver);
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
            assertThat(event.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=WEEKLY;BYDAY=TU");
            assertThat(event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
                    .isEqualTo("Europe/London");
            assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("Keep every referred family safe");
            assertThat(calendar.getComponent("VTIMEZONE")).isPresent();

            ZonedDateTime from = ZonedDateTime.of(2026, 10, 1, 0, 0, 0, 0, LONDON);
            ZonedDateTime to = ZonedDateTime.of(2027, 4, 15, 0, 0, 0, 0, LONDON);
            List<Instant> starts = new ArrayList<>();
            for (Period<ZonedDateTime> p : event.<ZonedDateTime>calculateRecurrenceSet(new Period<>(from, to))) {
                starts.add(p.getStart().toInstant());
            }
            starts.sort(null);
            // Tuesdays from 6 October 2026 to 13 April 2027, less the skipped 29 December.
            assertThat(starts).hasSize(27);
            assertThat(starts).allSatisfy(s -> {
                assertThat(s.atZone(LONDON).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
                assertThat(s.atZone(LONDON).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            });
            assertThat(starts).contains(Instant.parse("2026-10-20T09:00:00Z"), Instant.parse("2026-10-27T10:00:00Z"),
                    Instant.parse("2027-03-23T10:00:00Z"), Instant.parse("2027-03-30T09:00:00Z"));
            assertThat(starts).doesNotContain(Instant.parse("2026-12-29T10:00:00Z"));
        }
    }

    @Test
    void theFeedsFieldsExpandTheSameWithoutIcal4j() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-10-01T09:00:00Z", 1)) {
            String ics = feed(driver);
            Map<String, String> event = rawEvent(ics);
            // DTSTART;TZID=Europe/London:20261006T100000 — read by hand, expanded with java.time alone.
            String[] start = event.get("DTSTART").split(":");
            assertThat(start[0]).isEqualTo("DTSTART;TZID=Europe/London");
            ZoneId zone = ZoneId.of(start[0].substring("DTSTART;TZID=".length()));
            LocalDateTime first = LocalDateTime.parse(start[1], DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
            assertThat(event.get("RRULE")).isEqualTo("RRULE:FREQ=WEEKLY;BYDAY=TU");
            assertThat(event.get("EXDATE")).isEqualTo("EXDATE;TZID=Europe/London:20261229T100000");
            assertThat(event.get("DTEND")).isEqualTo("DTEND;TZID=Europe/London:20261006T110000");

            TreeSet<Instant> byHand = new TreeSet<>();
            for (LocalDateTime t = first; t.isBefore(LocalDateTime.of(2027, 4, 15, 0, 0)); t = t.plusWeeks(1)) {
                if (!t.toLocalDate().equals(LocalDate.of(2026, 12, 29))) {
                    byHand.add(t.atZone(zone).toInstant());
                }
            }
            assertThat(byHand).hasSize(27);
            // Across the October change the UTC hour moves from 09 to 10, and back in March: the local hour does not.
            assertThat(byHand).contains(Instant.parse("2026-10-20T09:00:00Z"), Instant.parse("2026-10-27T10:00:00Z"),
                    Instant.parse("2027-03-23T10:00:00Z"), Instant.parse("2027-03-30T09:00:00Z"));
        }
    }

    @Test
    void aResetTokenStopsWorkingAndNonsenseTokensOpenNothing() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-10-01T09:00:00Z", 1)) {
            feed(driver);
            String old = token(driver.say("dan", "calendar"));
            String fresh = token(driver.say("sam", "calendar reset"));
            assertThat(fresh).isNotEqualTo(old).hasSize(43);
            CalendarService calendars = driver.scheduling().calendars();
            assertThat(calendars.feed(old)).isEmpty();
            assertThat(calendars.feed(fresh)).isPresent();
            assertThat(token(driver.say("dan", "calendar"))).isEqualTo(fresh);
            assertThat(calendars.feed("../../etc/passwd")).isEmpty();
            assertThat(calendars.feed(null)).isEmpty();
        }
    }

    @Test
    void aPausedScheduleGivesAnEmptyButValidCalendar() throws Exception {
        try (AssemblyDriver driver = new AssemblyDriver("2026-10-01T09:00:00Z", 1)) {
            feed(driver);
            String token = token(driver.say("dan", "calendar"));
            driver.say("sam", "schedule pause");
            String ics = driver.scheduling().calendars().feed(token).orElseThrow();
            Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
            assertThat(calendar.getComponent("VEVENT")).isEmpty();
            assertThat(calendar.getComponent("VTIMEZONE")).as("RFC 5545: at least one component").isPresent();
            assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Northside");
        }
    }

    @Test
    void anEnglishPartnershipsFeedIsInEnglishOnly() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-10-01T09:00:00Z", 1)) {
            Map<String, String> event = rawEvent(feed(driver));
            assertThat(event.get("SUMMARY")).isEqualTo("SUMMARY:Northside — partnership meeting");
            assertThat(event.get("DESCRIPTION")).contains("Purpose: Keep every referred family safe")
                    .contains("The weekly meeting of Northside").doesNotContain("Cyfarfod");
        }
    }

    @Test
    void aBilingualPartnershipsFeedSaysItInWelshThenEnglish() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-10-01T09:00:00Z", 1)) {
            feed(driver);
            String token = token(driver.say("dan", "calendar"));
            driver.say("sam", "language policy bilingual");
            Map<String, String> event = rawEvent(driver.scheduling().calendars().feed(token).orElseThrow());
            assertThat(event.get("SUMMARY"))
                    .isEqualTo("SUMMARY:Northside — cyfarfod y bartneriaeth / Northside — partnership meeting");
            String description = event.get("DESCRIPTION");
            assertThat(description).contains("Diben: Keep every referred family safe", "Cyfarfod wythnosol Northside",
                    "Purpose: Keep every referred family safe", "The weekly meeting of Northside");
            assertThat(description.indexOf("Cyfarfod wythnosol")).isLessThan(description.indexOf("The weekly meeting"));
        }
    }

    @Test
    void aWelshPartnershipsFeedIsInWelshOnly() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-10-01T09:00:00Z", 1)) {
            feed(driver);
            String token = token(driver.say("dan", "calendar"));
            driver.say("sam", "language policy cy");
            Map<String, String> event = rawEvent(driver.scheduling().calendars().feed(token).orElseThrow());
            assertThat(event.get("SUMMARY")).isEqualTo("SUMMARY:Northside — cyfarfod y bartneriaeth");
            assertThat(event.get("DESCRIPTION")).contains("Diben: Keep every referred family safe")
                    .doesNotContain("Purpose", "The weekly meeting", "partnership meeting");
        }
    }

    /** The VEVENT's lines, unfolded (RFC 5545 §3.1), by property name. */
    private static Map<String, String> rawEvent(String ics) {
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        Map<String, String> props = new HashMap<>();
        boolean inEvent = false;
        for (String line : unfolded.split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                inEvent = true;
            } else if (line.equals("END:VEVENT")) {
                inEvent = false;
            } else if (inEvent) {
                props.put(line.split("[;:]", 2)[0], line);
            }
        }
        return props;
    }
}

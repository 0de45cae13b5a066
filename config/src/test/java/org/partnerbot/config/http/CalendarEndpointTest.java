package org.partnerbot.config.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.config.Application;
import org.partnerbot.config.Settings;
import org.partnerbot.core.testing.TestDatabases;

/** The calendar subscription over real HTTP on loopback: the link `calendar` gives is the one that serves. */
class CalendarEndpointTest {

    private static final Pattern LINK = Pattern.compile("`(http://127\\.0\\.0\\.1:\\d+/calendar/[A-Za-z0-9_-]+\\.ics)`");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theLinkServesTheCalendarUntilItIsReset(@TempDir Path dir) throws Exception {
        Settings settings = new Settings(Map.of("PARTNERBOT_DB_URL", TestDatabases.fileUrl(dir), "PARTNERBOT_PORT", "0", "PARTNERBOT_MANAGEMENT_PORT", "0"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (Application app = Application.start(settings, true, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
            app.console().say("sam: setup Northside");
            app.console().say("sam: purpose Keep every referred family safe");
            app.console().say("sam: schedule weekly tue 10:00 Europe/London 60m");
            printed.reset();
            app.console().say("dan: calendar");
            String url = link(printed);
            assertThat(url).startsWith("http://127.0.0.1:" + app.httpPort() + "/calendar/");

            HttpResponse<String> ok = get(url);
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
            assertThat(ok.body()).startsWith("BEGIN:VCALENDAR").contains("RRULE:FREQ=WEEKLY;BYDAY=TU")
                    .contains("DTSTART;TZID=Europe/London:").contains("Keep every referred family safe");

            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(url))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
            String base = "http://127.0.0.1:" + app.httpPort();
            assertThat(get(base + "/calendar/nonsense.ics").statusCode()).isEqualTo(404);
            assertThat(get(base + "/calendar/").statusCode()).isEqualTo(404);

            printed.reset();
            app.console().say("sam: calendar reset");
            String fresh = link(printed);
            assertThat(get(url).statusCode()).isEqualTo(404);
            assertThat(get(fresh).statusCode()).isEqualTo(200);
        }
    }

    private static String link(ByteArrayOutputStream printed) {
        Matcher m = LINK.matcher(printed.toString(StandardCharsets.UTF_8));
        assertThat(m.find()).as("a calendar link in:\n%s", printed).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}

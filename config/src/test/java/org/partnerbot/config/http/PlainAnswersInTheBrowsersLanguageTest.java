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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerbot.config.Application;
import org.partnerbot.config.Settings;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.testing.TestDatabases;

/**
 * A wrong address or a wrong link opened in a browser is answered in the language the browser asks for: nobody is
 * signed in to say theirs. Real HTTP on loopback, the whole launcher.
 */
class PlainAnswersInTheBrowsersLanguageTest {

    private static final IcuMessages MESSAGES = IcuMessages.standard();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aWelshBrowserReadsWelshAndAnyOtherEnglish(@TempDir Path dir) throws Exception {
        Settings settings = new Settings(Map.of("PARTNERBOT_DB_URL", TestDatabases.fileUrl(dir), "PARTNERBOT_PORT", "0",
                "PARTNERBOT_MANAGEMENT_PORT", "0"));
        try (Application app = Application.start(settings, true, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8))) {
            String base = "http://127.0.0.1:" + app.httpPort();

            HttpResponse<String> welsh = get(base + "/no-such-page", "cy-GB,cy;q=0.9,en;q=0.8");
            assertThat(welsh.statusCode()).isEqualTo(404);
            assertThat(welsh.body().strip()).isEqualTo(MESSAGES.text(Language.CY, "http.notFound"));
            assertThat(get(base + "/no-such-page", "en-GB").body().strip()).isEqualTo(MESSAGES.text(Language.EN, "http.notFound"));
            assertThat(get(base + "/no-such-page", null).body().strip()).isEqualTo("Not found.");

            assertThat(get(base + "/calendar/nonsense.ics", "cy").body().strip())
                    .isEqualTo(MESSAGES.text(Language.CY, "http.noSuchCalendar"));
            assertThat(get(base + "/dashboardx", "cy").body().strip())
                    .isEqualTo(MESSAGES.text(Language.CY, "http.notFound"));
        }
    }

    private HttpResponse<String> get(String url, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

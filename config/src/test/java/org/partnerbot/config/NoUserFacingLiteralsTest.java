package org.partnerbot.config;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.LiteralScan;

/**
 * What people read from the launcher (the console, the dashboard, the listener's plain answers in a browser) comes from
 * the bundles, in their language. What stays English is for the operator or for machines, each named here with why.
 */
class NoUserFacingLiteralsTest {

    private static final String OPERATOR = "start-up and settings messages: read by the operator, in English";
    private static final String PROTOCOL = "a header value or a protocol answer, read by browsers and scripts, not people";

    @Test
    void theLauncherWritesNoEnglishOutsideTheBundles() {
        LiteralScan.of(Path.of("src/main/java/org/partnerbot/config"))
                .exemptingFile("Main.java", OPERATOR)
                .exemptingFile("Settings.java", OPERATOR)
                .exemptingFile("metrics/Metrics.java", "the metrics' HELP texts, for a Prometheus scraper")
                .exemptingFile("dashboard/LanguageCookie.java", PROTOCOL)
                .exemptingFile("dashboard/SessionCookie.java", PROTOCOL)
                .allowingLiteral("metrics/MetricsHandler.java", "\"text/plain; version=0.0.4; charset=utf-8\"", PROTOCOL)
                .allowingLiteral("http/CalendarHandler.java", "\"GET, HEAD\"", PROTOCOL)
                .allowingLiteral("http/HttpRoute.java", "\"This path takes no request body.\\n\"",
                        "only a script sends a body to a page's path: a protocol answer")
                .allowingLiteral("dashboard/DashboardRoutes.java", "\"GET, HEAD\"", PROTOCOL)
                .allowingLiteral("dashboard/DashboardRoutes.java", "\"GET, HEAD, POST\"", PROTOCOL)
                .allowingLiteral("dashboard/DashboardRoutes.java", "\"Too large.\\n\"",
                        "only a script sends a body this large: a protocol answer")
                .allowingLiteral("dashboard/DashboardRoutes.java",
                        "\"default-src 'none'; style-src 'self'; img-src 'self'; \"", PROTOCOL)
                .allowingLiteral("dashboard/DashboardRoutes.java",
                        "\"form-action 'self'; base-uri 'none'; frame-ancestors 'none'\"", PROTOCOL)
                .allowingFixedEnglish("dashboard/DashboardRoutes.java", "all.putIfAbsent(\"t\", MESSAGES.in(Language.EN));",
                        "a safety net only: every page is given its reader's words")
                .allowingFixedEnglish("dashboard/Format.java", "Locale.UK);", "hours and minutes (and GMT/BST): digits, the same in Welsh")
                .allowingLiteral("dashboard/Format.java", "\"HH:mm zzz\"", "a time pattern")
                .allowingFixedEnglish("console/ConsoleMode.java", ".orElse(org.partnerbot.core.i18n.Language.EN));",
                        "PARTNERBOT_LANGUAGE is checked at start-up to be en or cy; English is its default")
                .assertClean();
    }
}

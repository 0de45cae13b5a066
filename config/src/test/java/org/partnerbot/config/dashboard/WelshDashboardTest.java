package org.partnerbot.config.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.testing.LanguageLeaks;

/**
 * The dashboard in Welsh over real HTTP: every page a Welsh reader opens, its charts, its messages and the evidence
 * pack carry no English sentence from the bundles; the language comes from the reader, else the partnership's policy,
 * else (before sign-in) the browser; the evidence pack follows the policy, Welsh first when bilingual.
 */
class WelshDashboardTest {

    private static final String WELSH_BROWSER = "cy-GB,cy;q=0.9,en-GB;q=0.8";
    private static final LanguageLeaks ENGLISH = LanguageLeaks.of(Language.EN, Language.CY);
    private static final LanguageLeaks WELSH = LanguageLeaks.of(Language.CY, Language.EN);
    private static final List<String> PAGES = List.of("", "duties", "actions", "actions?status=open", "meetings", "trends",
            "evidence?from=2026-11-01&to=2026-12-31");

    private static DashboardSite site;
    private static String base;

    @BeforeAll
    static void seed() {
        site = DashboardSite.seededPlain();
        base = "/dashboard/p/" + site.partnershipId("C-test") + "/";
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @AfterEach
    void backToEnglish() {
        site.driver.say("sam", "language policy en");
        site.driver.say("priya", "language en");
        site.driver.say("sam", "language en");
    }

    @Test
    void everyPageAWelshReaderOpensHasNoEnglishFromTheBundles() {
        site.driver.say("sam", "language policy cy");
        site.driver.say("priya", "language cy");
        String priya = session("priya");

        for (String page : PAGES) {
            HttpResponse<String> r = site.get(base + page, priya);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.body()).as(page).contains("<html lang=\"cy\">");
            assertThat(ENGLISH.foundIn(r.body())).as("English on the Welsh page '%s'", page).isEmpty();
        }
        HttpResponse<String> home = site.get("/dashboard/", priya);
        assertThat(ENGLISH.foundIn(home.body())).isEmpty();
        String trends = site.get(base + "trends", priya).body();
        assertThat(trends).contains("Presenoldeb fesul asiantaeth ym mhob cyfarfod", ">ymddiheuriadau + gwyb.</text>",
                "Maw 1 Rhag 2026: ymddiheuriadau (gwybodaeth wedi’i hanfon)", ">nawr</text>");
        assertThat(site.get(base + "duties", priya).body()).contains(">HEB BERCHENNOG</strong> <span class=\"gap\">ers ")
                .contains(">DYBLYGEDIG</strong>");
    }

    @Test
    void theCheckFindsTheEnglishOfAnEnglishPage() {
        String sam = session("sam");
        for (String page : PAGES) {
            String body = site.get(base + page, sam).body();
            // The same detector that finds nothing on the Welsh pages finds plenty here: it can fail.
            assertThat(ENGLISH.foundIn(body)).as(page).hasSizeGreaterThan(5);
            assertThat(WELSH.foundIn(body)).as("Welsh on the English page '%s'", page).isEmpty();
        }
    }

    @Test
    void messagesFollowTheReaderAndBeforeSignInTheBrowser() {
        site.driver.say("priya", "language cy");
        String link = DashboardSite.signInLink(site.driver, "priya", "dashboard new");
        HttpResponse<String> signIn = site.get(link, null, WELSH_BROWSER);
        assertThat(signIn.body()).contains("<html lang=\"cy\">", "<h1>Mewngofnodi i’r dangosfwrdd</h1>");
        assertThat(ENGLISH.foundIn(signIn.body())).isEmpty();
        assertThat(site.get(link, null, "en-GB,en;q=0.9,cy;q=0.5").body()).contains("<h1>Sign in to the dashboard</h1>");
        assertThat(site.get(link, null, null).body()).contains("<html lang=\"en-GB\">");

        HttpResponse<String> notSignedIn = site.get(base + "duties", null, WELSH_BROWSER);
        assertThat(notSignedIn.statusCode()).isEqualTo(403);
        assertThat(notSignedIn.body()).contains("<html lang=\"cy\">", "Nid ydych wedi mewngofnodi");
        assertThat(ENGLISH.foundIn(notSignedIn.body())).isEmpty();
        HttpResponse<String> badLink = site.post("/dashboard/signin/" + "A".repeat(43), null, WELSH_BROWSER);
        assertThat(badLink.body()).contains("Nid yw’r ddolen fewngofnodi hon yn gweithio");

        // Once signed in, the reader's own language wins over what the browser asks for.
        String priya = session("priya");
        for (String path : List.of("/dashboard/p/999999/", "/dashboard/nothing", base + "actions?status=nonsense",
                base + "evidence?from=yesterday", base + "evidence?from=2026-12-31&to=2026-11-01")) {
            HttpResponse<String> r = site.get(path, priya, "en-GB");
            assertThat(r.statusCode()).as(path).isBetween(400, 404);
            assertThat(r.body()).as(path).contains("<html lang=\"cy\">");
            assertThat(ENGLISH.foundIn(r.body())).as(path).isEmpty();
        }
        HttpResponse<String> out = site.post("/dashboard/signout", priya, "en-GB");
        assertThat(out.body()).contains("<h1>Wedi allgofnodi</h1>");
        assertThat(ENGLISH.foundIn(out.body())).isEmpty();
    }

    @Test
    void theLanguageLinkSwitchesEveryPageAndIsRemembered() {
        String priya = session("priya");
        assertThat(site.get(base, priya).body()).contains("<a href=\"?lang=cy\" lang=\"cy\" hreflang=\"cy\">Cymraeg</a>");

        HttpResponse<String> switched = site.get(base + "duties?lang=cy", priya);
        assertThat(switched.body()).contains("<html lang=\"cy\">", "<h1>Matrics dyletswyddau</h1>",
                "<a href=\"?lang=en\" lang=\"en-GB\" hreflang=\"en-GB\">English</a>");
        String remembered = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(remembered).startsWith(LanguageCookie.NAME + "=cy;").contains("SameSite=Strict", "HttpOnly",
                "Path=/dashboard/");

        String cookies = SessionCookie.NAME + "=" + priya + "; " + LanguageCookie.NAME + "=cy";
        for (String page : List.of("", "actions", "meetings", "trends")) {
            String body = site.getWithCookies(base + page, cookies).body();
            assertThat(body).as(page).contains("<html lang=\"cy\">");
            assertThat(ENGLISH.foundIn(body)).as(page).isEmpty();
        }
        assertThat(site.getWithCookies(base + "meetings", cookies).body()).contains("Cofnodion: Weekly partnership meeting");
        assertThat(site.getWithCookies("/dashboard/p/999999/", cookies).body()).contains("<h1>Ddim ar gael i chi</h1>");
        // The evidence pack is the partnership's document: its policy's language, whatever the reader picked.
        String pack = site.getWithCookies(base + "evidence", cookies).body();
        assertThat(pack).contains("<html lang=\"en-GB\">", "Figures for the period").doesNotContain("?lang=");

        HttpResponse<String> back = site.getWithCookies(base + "?lang=en", cookies);
        assertThat(back.body()).contains("<html lang=\"en-GB\">", "<h1>Overview</h1>");
        assertThat(back.headers().firstValue("Set-Cookie").orElseThrow()).startsWith(LanguageCookie.NAME + "=en;");
        assertThat(site.get(base + "?lang=fr", priya).headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aReaderTheBotKnowsNoLanguageOfReadsThePartnershipsPolicy() {
        String sue = session("sue");
        assertThat(site.get(base, sue, WELSH_BROWSER).body()).contains("<html lang=\"en-GB\">");
        site.driver.say("sam", "language policy cy");
        assertThat(site.get(base, sue).body()).contains("<html lang=\"cy\">", "<h1>Trosolwg</h1>");
        site.driver.say("sam", "language policy bilingual");
        assertThat(site.get(base, sue).body()).contains("<html lang=\"cy\">");
    }

    @Test
    void theEvidencePackFollowsThePartnershipsPolicyNotTheReader() {
        String priya = session("priya");
        String pack = base + "evidence?from=2026-11-01&to=2026-12-31";
        site.driver.say("sam", "language policy cy");
        String welsh = site.get(pack, priya).body();
        assertThat(welsh).contains("<html lang=\"cy\">", "Ffigurau’r cyfnod", "Cofnodion: Weekly partnership meeting")
                .doesNotContain("lang=\"en-GB\"");
        assertThat(ENGLISH.foundIn(welsh)).isEmpty();

        site.driver.say("priya", "language cy");
        site.driver.say("sam", "language policy en");
        String english = site.get(pack, priya).body();
        assertThat(english).contains("<html lang=\"en-GB\">", "Figures for the period").doesNotContain("Ffigurau’r cyfnod");
        assertThat(WELSH.foundIn(english)).isEmpty();
    }

    @Test
    void aBilingualEvidencePackIsWelshFirstThenEnglishEachMarkedWithItsLanguage() {
        site.driver.say("sam", "language policy bilingual");
        String priya = session("priya");

        String pack = site.get(base + "evidence?from=2026-11-01&to=2026-12-31", priya).body();

        assertThat(pack).contains("<html lang=\"cy\">");
        int english = pack.indexOf("<div class=\"edition break\" lang=\"en-GB\">");
        assertThat(english).isPositive();
        String welshPart = pack.substring(0, english);
        String englishPart = pack.substring(english, pack.indexOf("</main>"));
        assertThat(welshPart).contains("<h2 class=\"edition-heading\">Pecyn tystiolaeth yn Gymraeg</h2>", "Ffigurau’r cyfnod",
                "Cofnodion: Weekly partnership meeting");
        assertThat(englishPart).contains("<h2 class=\"edition-heading\">Evidence pack in English</h2>",
                "Figures for the period", "Minutes: Weekly partnership meeting");
        assertThat(ENGLISH.foundIn(welshPart)).isEmpty();
        assertThat(WELSH.foundIn(englishPart)).isEmpty();
        // The same figures in both: one pack, two languages.
        assertThat(count(welshPart, "<h4>Presenoldeb fesul asiantaeth</h4>")).isEqualTo(3)
                .isEqualTo(count(englishPart, "<h4>Attendance by agency</h4>"));
    }

    /** Signs {@code who} in with a fresh link (`dashboard new`: a reader already signed in gets no link from `dashboard`). */
    private static String session(String who) {
        HttpResponse<String> signedIn = site.post(DashboardSite.signInLink(site.driver, who, "dashboard new"), null);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        return DashboardSite.cookieOf(signedIn);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}

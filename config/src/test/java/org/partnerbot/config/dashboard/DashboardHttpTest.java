package org.partnerbot.config.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard over real HTTP on loopback: who gets in, for how long, what they see, and what nobody else sees. */
class DashboardHttpTest {

    private DashboardSite site;
    private String base;

    @BeforeEach
    void seed() {
        site = DashboardSite.seeded();
        base = "/dashboard/p/" + site.partnershipId("C-test") + "/";
    }

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void aSignInLinkWorksOnceAndOpensASessionWithAStrictCookie() {
        String link = site.signInLink("dan");

        HttpResponse<String> looked = site.get(link, null);
        assertThat(looked.statusCode()).isEqualTo(200);
        assertThat(looked.body()).contains("<form method=\"post\" action=\"" + link + "\"");
        HttpResponse<String> used = site.post(link, null);
        assertThat(used.statusCode()).isEqualTo(303);
        assertThat(used.headers().firstValue("Location")).contains("/dashboard/");
        String setCookie = used.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly", "SameSite=Strict", "Path=/dashboard/", "Max-Age=28800")
                .doesNotContain("Secure");
        String session = DashboardSite.cookieOf(used);

        HttpResponse<String> home = site.get("/dashboard/", session);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Northside").contains("href=\"" + base + "\"");
        HttpResponse<String> overview = site.get(base, session);
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("Keep every referred family safe", "Police Public Protection");

        HttpResponse<String> again = site.post(link, null);
        assertThat(again.statusCode()).isEqualTo(403);
        assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(again.body()).contains("does not work").doesNotContain("Northside");
    }

    @Test
    void askedInTheChannelTheLinkGoesByDirectMessageOnly() {
        List<String> said = site.driver.say("dan", "dashboard");

        assertThat(said.get(0)).isEqualTo("(to dan) I have sent you a sign-in link to the dashboard of Northside in a direct message.");
        assertThat(said.subList(1, said.size())).anyMatch(line -> line.contains("/dashboard/signin/"))
                .allMatch(line -> line.startsWith("(to dan) "));
    }

    @Test
    void whileSignedInDashboardJustLinksAndDashboardNewGivesAFreshLink() {
        site.session("dan");

        String reply = String.join("\n", site.driver.say("dan", "dashboard"));
        assertThat(reply).contains("You are signed in to the dashboard").contains("/dashboard/`").doesNotContain("signin/");
        assertThat(String.join("\n", site.driver.say("dan", "dashboard new"))).contains("/dashboard/signin/");
    }

    @Test
    void aLinkOlderThanFifteenMinutesAndASessionOlderThanAWorkingDayOpenNothing() {
        String late = site.signInLink("dan");
        site.driver.clock().advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(site.post(late, null).statusCode()).isEqualTo(403);

        String inTime = site.signInLink("dan");
        site.driver.clock().advance(Duration.ofMinutes(14));
        String session = DashboardSite.cookieOf(site.post(inTime, null));
        assertThat(site.get(base, session).statusCode()).isEqualTo(200);
        site.driver.clock().advance(Duration.ofHours(8).minusMinutes(1));
        assertThat(site.get(base, session).statusCode()).isEqualTo(200);
        site.driver.clock().advance(Duration.ofMinutes(2));
        HttpResponse<String> ended = site.get(base, session);
        assertThat(ended.statusCode()).isEqualTo(403);
        assertThat(ended.body()).contains("Sign in to the dashboard").doesNotContain("Police Public Protection");
    }

    @Test
    void tamperedLinksAndMissingOrForgedCookiesGetNoData() {
        String link = site.signInLink("dan");
        String token = link.substring(link.lastIndexOf('/') + 1);
        String tampered = link.substring(0, link.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertThat(site.post(tampered, null).statusCode()).isEqualTo(403);
        assertThat(site.post("/dashboard/signin/short", null).statusCode()).isEqualTo(403);
        assertThat(site.post("/dashboard/signin/" + "%3Cscript%3E", null).statusCode()).isEqualTo(403);
        // The genuine link still works after the tampered tries.
        assertThat(site.post(link, null).statusCode()).isEqualTo(303);

        for (String page : List.of("", "duties", "actions", "meetings", "trends", "evidence")) {
            HttpResponse<String> none = site.get(base + page, null);
            assertThat(none.statusCode()).as(page).isEqualTo(403);
            assertThat(none.body()).as(page).contains("Sign in to the dashboard").doesNotContain("Police Public Protection");
            HttpResponse<String> forged = site.get(base + page, token);
            assertThat(forged.statusCode()).as(page).isEqualTo(403);
            assertThat(forged.body()).doesNotContain("Police Public Protection");
        }
        assertThat(site.get("/dashboard/", "x".repeat(43)).statusCode()).isEqualTo(403);
    }

    @Test
    void aMemberOfAnotherPartnershipSeesNoneOfThisOneAndViceVersa() {
        var southsideChannel = site.driver.in("C-other");
        southsideChannel.say("olu", "setup Southside");
        southsideChannel.say("olu", "agency add Southside Schools");
        long southside = site.partnershipId("C-other");
        String olu = site.session(southsideChannel, "olu");
        String dan = site.session("dan");

        HttpResponse<String> foreign = site.get(base, olu);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).doesNotContain("Northside").doesNotContain("Police Public Protection");
        assertThat(site.get(base + "evidence", olu).statusCode()).isEqualTo(403);
        assertThat(site.get("/dashboard/", olu).body()).contains("Southside").doesNotContain("Northside");
        assertThat(site.get("/dashboard/p/" + southside + "/", dan).statusCode()).isEqualTo(403);
        assertThat(site.get("/dashboard/p/999999/", dan).statusCode()).isEqualTo(403);
    }

    @Test
    void aMemberWhoLeavesLosesAccessAtTheirNextRequest() {
        String session = site.session("dan");
        assertThat(site.get(base + "actions", session).statusCode()).isEqualTo(200);

        site.driver.say("dan", "leave");

        HttpResponse<String> after = site.get(base + "actions", session);
        assertThat(after.statusCode()).isEqualTo(403);
        assertThat(after.body()).doesNotContain("share the referral list");
        assertThat(String.join("\n", site.driver.say("dan", "dashboard"))).contains("not a member of any partnership");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndPagesEscapeHostileNames() {
        String session = site.session("priya");
        for (String page : List.of("", "duties", "actions", "meetings", "trends", "evidence")) {
            HttpResponse<String> r = site.get(base + page, session);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(page)
                    .contains(DashboardRoutes.CONTENT_SECURITY_POLICY);
            assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).contains("no-referrer");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.body()).as(page).doesNotContain("<script", "<img", "style=\"")
                    .doesNotContainPattern("(?i)https?://(?!www\\.w3\\.org/2000/svg)");
        }
        String overview = site.get(base, session).body();
        assertThat(overview).contains("&lt;script&gt;alert('agency')&lt;/script&gt;")
                .contains("\"&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(site.get(base + "meetings", session).body()).contains("\"&gt;&lt;img src=x onerror=alert(1)&gt;");
        assertThat(site.get("/dashboard/signin/x", null).headers().firstValue("Content-Security-Policy")).isPresent();
        HttpResponse<String> css = site.get("/dashboard/dashboard.css", null);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
    }

    @Test
    void theDutiesMatrixActionLogFiltersAndMeetingsShowWhatWasRecorded() {
        String session = site.session("dan");
        String duties = site.get(base + "duties", session).body();
        assertThat(duties).contains("Information sharing officer").contains(">UNASSIGNED</strong> <span class=\"gap\">for 16 days")
                .contains(">DUPLICATED</strong>");

        String all = site.get(base + "actions", session).body();
        assertThat(all).contains("share the referral list with NHS", "review the escalation policy",
                "write the data sharing agreement");
        long police = agencyId(all, "Police Public Protection");
        String policeOnly = site.get(base + "actions?agency=" + police, session).body();
        assertThat(policeOnly).contains("share the referral list with NHS").doesNotContain("review the escalation policy");
        String open = site.get(base + "actions?status=open", session).body();
        assertThat(open).contains("review the escalation policy").doesNotContain("share the referral list with NHS");
        assertThat(site.get(base + "actions?status=bogus", session).statusCode()).isEqualTo(400);
        assertThat(site.get(base + "actions?agency=abc", session).statusCode()).isEqualTo(400);

        String meetings = site.get(base + "meetings", session).body();
        assertThat(meetings).contains("Council triages the backlog by Friday", "the council has two new social workers")
                .contains("Voice share", "Attendance by agency");
    }

    @Test
    void anAgencyThatSentApologiesIsShownAsSuchApartFromPresentAndAbsent() {
        String session = site.session("dan");

        String meetings = site.get(base + "meetings", session).body();
        assertThat(meetings).contains("<tr class=\"apologies\"><th scope=\"row\">Council Children's Services</th>"
                        + "<td>apologies (information sent)</td>")
                .contains("<tr class=\"apologies\"><th scope=\"row\">Police Public Protection</th>"
                        + "<td>apologies (no information sent)</td>")
                .contains("<tr class=\"absent\"><th scope=\"row\">Schools</th><td>absent</td>")
                .contains("<tr class=\"present\"><th scope=\"row\">NHS Community Health</th><td>present</td>");

        String trends = site.get(base + "trends", session).body();
        String heatMap = trends.substring(trends.indexOf("<svg"), trends.indexOf("</figure>"));
        // In words in the cell, hatched, and in the legend: never colour alone.
        assertThat(heatMap).contains(">apologies + info</text>", ">apologies</text>", ">absent</text>")
                .contains("fill=\"url(#attendance-ap)\"")
                .contains("Council Children's Services, Tue 1 Dec 2026: apologies (information sent)")
                .contains("Police Public Protection, Tue 8 Dec 2026: apologies (no information sent)");
        String table = trends.substring(trends.indexOf("</figure>"), trends.indexOf("</table>"));
        assertThat(table).contains("<td class=\"apologies\">apologies (information sent)</td>",
                "<td class=\"apologies\">apologies (no information sent)</td>", "<td class=\"absent\">absent</td>");
    }

    @Test
    void theMeetingsPageShowsTheSameMinutesAsTheHtmlExport() {
        String export = String.join("\n", site.driver.say("sam", "minutes export html 2026-12-01").stream()
                .map(line -> line.replaceFirst("^\\(to sam\\) ", "")).toList());
        String exported = export.substring(export.indexOf("<main>") + "<main>".length(), export.indexOf("</main>"));

        String page = site.get(base + "meetings", site.session("dan")).body();
        Matcher sections = Pattern.compile("<section class=\"record\">(.*?)</section>", Pattern.DOTALL).matcher(page);
        List<String> shown = sections.results().map(r -> r.group(1)).toList();

        assertThat(shown).hasSize(3);
        String second = shown.stream().filter(s -> s.contains("Council triages the backlog by Friday")).findFirst().orElseThrow();
        // The same renderer: the same elements and text, only the headings one level down under the meeting's own.
        assertThat(markup(second.replaceAll("<(/?)h4>", "<$1h2>").replaceAll("<(/?)h3>", "<$1h1>")))
                .isEqualTo(markup(exported));
        assertThat(exported).contains("Council triages the backlog by Friday", "a joint visit rota",
                "Council Children's Services: apologies (information sent)");
    }

    @Test
    void thePagesFollowTheReadersOwnLanguage() {
        site.driver.say("dan", "language cy");
        String dan = site.session("dan");
        String priya = site.session("priya");

        assertThat(site.get(base, dan).body()).contains("<html lang=\"cy\">", "<title>Trosolwg — Northside · Partnerbot</title>",
                ">Trosolwg</a>", ">Matrics dyletswyddau</a>", "Wedi mewngofnodi fel dan.", ">Allgofnodi</button>");
        assertThat(site.get("/dashboard/", dan).body()).contains("<html lang=\"cy\">", "<h1>Eich partneriaethau</h1>");
        assertThat(site.get(base, priya).body()).contains("<html lang=\"en-GB\">", ">Overview</a>", "Signed in as priya.")
                .doesNotContain("Trosolwg");
    }

    @Test
    void theEvidencePackIsForChairsAndAdminsAndIsAudited() {
        String dan = site.session("dan");
        HttpResponse<String> refused = site.get(base + "evidence", dan);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Chairs and admins only").doesNotContain("Figures for the period");
        assertThat(site.get(base, dan).body()).doesNotContain(base + "evidence");

        String priya = site.session("priya");
        HttpResponse<String> pack = site.get(base + "evidence?from=2026-11-01&to=2026-12-31", priya);
        assertThat(pack.statusCode()).isEqualTo(200);
        assertThat(pack.body()).contains("produced Thu 10 Dec 2026").contains("by priya")
                .contains("class=\"marking top\">OFFICIAL<", "class=\"marking bottom\">OFFICIAL<");
        assertThat(site.get(base + "evidence?from=2026-12-31&to=2026-11-01", priya).statusCode()).isEqualTo(400);
        assertThat(site.get(base + "evidence?from=yesterday", priya).statusCode()).isEqualTo(400);

        assertThat(String.join("\n", site.driver.say("sam", "audit")))
                .contains("produced an evidence pack on the dashboard");
    }

    @Test
    void theEvidencePacksFiguresAreTheReportsForTheSamePeriod() {
        String report = String.join("\n", site.driver.say("dan", "report"));
        Matcher actions = Pattern.compile("Actions from the last \\d meetings: (\\d+) recorded · (\\d+) done · (\\d+) done on time")
                .matcher(report);
        assertThat(actions.find()).as(report).isTrue();
        Matcher lines = Pattern.compile("Share of lines said \\(last \\d meetings\\), (\\d+) in all").matcher(report);
        assertThat(lines.find()).as(report).isTrue();

        String pack = site.get(base + "evidence?from=2026-11-01&to=2026-12-31", site.session("priya")).body();

        assertThat(figure(pack, "Meetings held")).isEqualTo(3);
        assertThat(figure(pack, "Actions recorded")).isEqualTo(Integer.parseInt(actions.group(1))).isEqualTo(3);
        assertThat(figure(pack, "Actions done")).isEqualTo(Integer.parseInt(actions.group(2))).isEqualTo(2);
        assertThat(figure(pack, "Done on time")).isEqualTo(Integer.parseInt(actions.group(3))).isEqualTo(1);
        assertThat(figure(pack, "Lines said")).isEqualTo(Integer.parseInt(lines.group(1)));
        Matcher share = Pattern.compile("• (NHS Community Health|Police Public Protection|Council Children's Services) [▇ ]*(\\d+)% \\((\\d+)\\)")
                .matcher(report.substring(report.indexOf("Share of lines said"), report.indexOf("Share of agenda items")));
        int agencies = 0;
        while (share.find()) {
            agencies++;
            String agency = share.group(1);
            assertThat(pack).contains("<tr><th scope=\"row\">" + agency + "</th><td class=\"num\">" + share.group(3)
                    + "</td><td class=\"num\">" + share.group(2) + "%</td></tr>");
        }
        assertThat(agencies).isEqualTo(3);
    }

    /** Markup without the indentation between elements (a section sits deeper in a page than in a file). */
    private static String markup(String html) {
        return html.strip().replaceAll(">\\s+<", "><");
    }

    private static int figure(String html, String name) {
        Matcher m = Pattern.compile("<dt>" + Pattern.quote(name) + "</dt><dd>(\\d+)</dd>").matcher(html);
        assertThat(m.find()).as(name + " in the pack").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static long agencyId(String html, String name) {
        Matcher m = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(name) + "</option>").matcher(html);
        assertThat(m.find()).as(name).isTrue();
        return Long.parseLong(m.group(1));
    }
}

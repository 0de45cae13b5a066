package org.partnerbot.config.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerbot.config.http.HttpListener;
import org.partnerbot.core.testing.AssemblyDriver;
import org.partnerbot.core.testing.ConversationDriver;

/**
 * The dashboard over real HTTP on loopback: the whole core on a moved clock, its routes on a Jetty listener (port 0), a
 * client that follows no redirects, and a seeded partnership with three meetings and hostile names.
 */
final class DashboardSite implements AutoCloseable {

    static final String HOSTILE_PERSON = "\"><img src=x onerror=alert(1)>";
    static final String HOSTILE_AGENCY = "<script>alert('agency')</script>";
    private static final Pattern LINK = Pattern.compile("`https?://[^`]+(/dashboard/signin/[A-Za-z0-9_-]{43})`");
    private static final Pattern COOKIE = Pattern.compile("partnerbot_session=([A-Za-z0-9_-]{43})");

    final AssemblyDriver driver;
    final HttpListener listener;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private DashboardSite(AssemblyDriver driver) {
        this.driver = driver;
        this.listener = new HttpListener("127.0.0.1", 0).route(new DashboardRoutes(driver.dashboard().signIn(),
                driver.dashboard().dashboard(), false, driver.clock()).route()).start();
    }

    /** Northside on Tue 24 Nov 2026, then three weekly meetings; the clock ends on Thu 10 Dec 2026. */
    static DashboardSite seeded() {
        DashboardSite site = new DashboardSite(new AssemblyDriver("2026-11-24T09:00:00Z", 7));
        site.seed(HOSTILE_AGENCY, HOSTILE_PERSON);
        return site;
    }

    /** The same partnership with ordinary names in place of the hostile ones (the README's screenshots). */
    static DashboardSite seededPlain() {
        DashboardSite site = new DashboardSite(new AssemblyDriver("2026-11-24T09:00:00Z", 7));
        site.seed("Voluntary Sector", "val");
        return site;
    }

    private void seed(String fourthAgency, String fourthPerson) {
        ConversationDriver c = driver;
        c.say("sam", "setup Northside");
        c.say("sam", "purpose Keep every referred family safe, with one plan across agencies");
        c.say("sam", "agency add Council Children's Services");
        c.say("sam", "agency add NHS Community Health");
        c.say("sam", "agency add Police Public Protection");
        c.say("sam", "agency add " + fourthAgency);
        c.say("sam", "agency join Council Children's Services");
        c.say("sam", "member add @priya NHS Community Health");
        c.say("sam", "chair add @priya");
        c.say("dan", "agency join Police Public Protection");
        c.say(fourthPerson, "agency join " + fourthAgency);
        c.say("sam", "duty add Safeguarding lead: first contact for concerns about a child");
        c.say("sam", "duty add Information sharing officer");
        c.say("sam", "duty add Data protection lead");
        c.say("priya", "duty claim Safeguarding lead");
        c.say("dan", "duty claim Safeguarding lead");
        c.say("sam", "duty claim Data protection lead");
        // Meeting 1: NHS 3 lines (start, action, end), Police 1, Council 1
        c.say("priya", "#startmeeting Weekly partnership meeting");
        c.say("dan", "referrals from schools are up");
        c.say("sam", "#info the council has two new social workers");
        c.say("priya", "#action @dan share the referral list with NHS by 2026-12-04");
        c.say("priya", "#endmeeting");
        // Between meetings the partnership grows, and a new duty waits for an owner.
        c.say("sam", "agency add Schools");
        c.say("sue", "agency join Schools");
        c.say("sam", "duty add Youth offending link");
        driver.clock().advance(java.time.Duration.ofDays(7));
        // Meeting 2: NHS 4, Police 1, the hostile agency 1; the Council sends apologies and information, Schools nothing
        c.say("priya", "#startmeeting Weekly partnership meeting");
        c.say("priya", "#apologies Council Children's Services info sent");
        c.say("priya", "#agreed Council triages the backlog by Friday");
        c.say("dan", "a second point");
        c.say(fourthPerson, "#idea a joint visit rota");
        c.say("priya", "#action review the escalation policy");
        c.say("priya", "#endmeeting");
        c.say("dan", "action done 1");
        c.say("sue", "duty claim Youth offending link");
        driver.clock().advance(java.time.Duration.ofDays(7));
        // Meeting 3: NHS 3, Council 1; the Police send apologies without information
        c.say("priya", "#startmeeting Weekly partnership meeting");
        c.say("priya", "#apologies Police Public Protection");
        c.say("sam", "#topic Data protection");
        c.say("priya", "#action @sam write the data sharing agreement by 2026-12-01");
        c.say("priya", "#endmeeting");
        driver.clock().advance(java.time.Duration.ofDays(2));
        c.say("sam", "action done 3");
    }

    /** The path of the sign-in link {@code who} gets from `dashboard`. */
    String signInLink(String who) {
        return signInLink(driver, who);
    }

    /** The same, asked in another conversation (`dashboard` said there makes the speaker present there only). */
    static String signInLink(ConversationDriver where, String who) {
        return signInLink(where, who, "dashboard");
    }

    /** {@code command}: `dashboard` (a link unless signed in already) or `dashboard new` (always a link). */
    static String signInLink(ConversationDriver where, String who, String command) {
        List<String> reply = where.say(who, command);
        Matcher m = LINK.matcher(String.join("\n", reply));
        assertThat(m.find()).as("a sign-in link in %s", reply).isTrue();
        return m.group(1);
    }

    /** Signs {@code who} in through the link and the form; the session cookie's value. */
    String session(String who) {
        return session(driver, who);
    }

    String session(ConversationDriver where, String who) {
        HttpResponse<String> signedIn = post(signInLink(where, who), null);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        return cookieOf(signedIn);
    }

    static String cookieOf(HttpResponse<String> response) {
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        Matcher m = COOKIE.matcher(setCookie);
        assertThat(m.find()).as(setCookie).isTrue();
        return m.group(1);
    }

    long partnershipId(String conversation) {
        return driver.core().transactions().inTransaction(() ->
                driver.core().partnerships().findByConversation("test", conversation).orElseThrow().id());
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + listener.port() + path);
    }

    HttpResponse<String> get(String path, String session) {
        return get(path, session, null);
    }

    /** @param acceptLanguage the browser's {@code Accept-Language}, or null for none */
    HttpResponse<String> get(String path, String session, String acceptLanguage) {
        return send(request(HttpRequest.newBuilder(url(path)).GET(), session, acceptLanguage));
    }

    /** @param cookies the whole {@code Cookie} header, as a browser holding several of the dashboard's would send it */
    HttpResponse<String> getWithCookies(String path, String cookies) {
        return send(HttpRequest.newBuilder(url(path)).GET().header("Cookie", cookies).build());
    }

    HttpResponse<String> post(String path, String session) {
        return post(path, session, null);
    }

    HttpResponse<String> post(String path, String session, String acceptLanguage) {
        return send(request(HttpRequest.newBuilder(url(path)).POST(HttpRequest.BodyPublishers.noBody()), session,
                acceptLanguage));
    }

    private static HttpRequest request(HttpRequest.Builder b, String session, String acceptLanguage) {
        if (session != null) {
            b.header("Cookie", SessionCookie.NAME + "=" + session);
        }
        if (acceptLanguage != null) {
            b.header("Accept-Language", acceptLanguage);
        }
        return b.build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        listener.close();
        driver.close();
    }
}

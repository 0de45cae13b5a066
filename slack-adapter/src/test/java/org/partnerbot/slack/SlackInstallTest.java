package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.messaging.Installation;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.ScenarioFile;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.Assembly;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.core.wiring.ScheduleModule;
import org.partnerbot.slack.fakes.FakeSlackApi;
import org.partnerbot.slack.fakes.FakeSlackApi.Installable;
import org.partnerbot.slack.fakes.LoopbackListener;
import org.partnerbot.slack.install.SlackOAuth;
import org.partnerbot.slack.transport.EventsEndpoint;

/**
 * Installing from a link (OAuth mode) against a fake Slack on loopback: {@code /slack/install} sends the browser to Slack
 * with a one-time state, {@code /slack/oauth_redirect} checks it and exchanges the code ({@code oauth.v2.access}), the
 * tokens land in the database sealed, and each workspace is answered with its own token; rotating tokens are refreshed;
 * a forged or replayed state is refused; uninstalling or revoking removes the tokens at once, and a re-install reaches
 * the partnership again. Enterprise Grid org-wide installs serve every workspace of the organisation.
 */
class SlackInstallTest {

    static final String SECRET = "install-test-signing-secret";
    static final String CLIENT_ID = "1111.2222";
    static final String CLIENT_SECRET = "install-test-client-secret";

    private MutableClock clock;
    private FakeSlackApi api;
    private Assembly assembly;
    private CoreModule core;
    private SlackAdapter adapter;
    private LoopbackListener listener;
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger ids = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        clock = MutableClock.at("2026-11-27T10:00:00Z");
        api = new FakeSlackApi();
        api.clock(clock);
        assembly = Assembly.on(TestDatabases.inMemory(), clock, ScenarioFile.seeds(1), () -> ScheduleModule.DEFAULT_BASE_URL);
        core = assembly.core();
        adapter = SlackAdapter.startInstallable(new SlackSettings(null, null, SECRET, api.apiUrl()),
                new SlackOAuth(CLIENT_ID, CLIENT_SECRET, "https://partnerbot.example.org/"), core.installations(), core.bot(),
                core.conversationReferences(), core.inbox(), new SlackAdapter.Options(clock, d -> { }, 2));
        core.sendThrough(adapter.messenger());
        core.rosters().register("slack", adapter.roster());
        core.dispatcher().sendSoonOn(Runnable::run);
        core.inbox().start(2);
        listener = new LoopbackListener("/slack", EventsEndpoint.MAX_BODY, raw -> raw.path().equals(EventsEndpoint.PATH)
                ? adapter.endpoint().handle(raw) : adapter.installEndpoint().handle(raw), adapter.endpoint()::tooLarge);
    }

    @AfterEach
    void stop() {
        listener.close();
        adapter.close();
        assembly.close();
        api.close();
    }

    // --- the browser's side of the flow ------------------------------------------------------------------

    private HttpResponse<String> get(String pathAndQuery, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + listener.port() + pathAndQuery)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opening the install link: Slack's authorize URL (with the state) and the cookie the browser keeps. */
    private record Started(String authorizeUrl, String state, String cookie) {
    }

    private Started startInstall() {
        HttpResponse<String> r = get(SlackOAuth.INSTALL_PATH, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String location = r.headers().firstValue("Location").orElseThrow();
        String state = query(location, "state");
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("slack-app-oauth-state="))
                .findFirst().orElseThrow().split(";")[0];
        return new Started(location, state, cookie);
    }

    private static String query(String url, String name) {
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private HttpResponse<String> callback(String code, String state, String cookie) {
        return get(SlackOAuth.REDIRECT_PATH + "?code=" + code + "&state=" + state, cookie);
    }

    /** The whole flow for one installable workspace; returns the success page. */
    private HttpResponse<String> install(Installable i) {
        api.installable(i);
        Started s = startInstall();
        return callback(i.code(), s.state(), s.cookie());
    }

    private static Installable workspace(String team, String code) {
        return new Installable(code, team, null, "UBOT" + team, "B" + team, false, false);
    }

    // --- Slack's side: signed events ------------------------------------------------------------------------

    private HttpResponse<String> signed(String body) {
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + listener.port() + EventsEndpoint.PATH))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", new SlackSignature.Generator(SECRET).generate(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String envelope(String fixture, String enterprise, String team, Map<String, String> fields) {
        JsonObject p = Fixtures.json(fixture);
        p.addProperty("team_id", team);
        if (enterprise != null) {
            p.addProperty("enterprise_id", enterprise);
        } else {
            p.remove("enterprise_id");
        }
        JsonObject auth = p.getAsJsonArray("authorizations").get(0).getAsJsonObject();
        auth.addProperty("team_id", team);
        if (enterprise != null) {
            auth.addProperty("enterprise_id", enterprise);
        } else {
            auth.remove("enterprise_id");
        }
        p.addProperty("event_id", "Ev" + ids.incrementAndGet());
        p.addProperty("event_time", clock.instant().getEpochSecond());
        p.addProperty("type", "event_callback");
        p.addProperty("api_app_id", "A0PARTNER");
        fields.forEach(p.getAsJsonObject("event")::addProperty);
        return p.toString();
    }

    /** {@code @Partnerbot <text>} said in a channel of a workspace; what the bot posted there in answer. */
    private Optional<FakeSlackApi.Call> mention(String enterprise, String team, String channel, String user, String text) {
        int before = api.size();
        HttpResponse<String> ack = signed(envelope("event.app_mention.json", enterprise, team, Map.of("user", user,
                "text", "<@" + (enterprise != null ? "UBOTORG" : "UBOT" + team) + "> " + text, "channel", channel, "ts", "1700000000.00000" + ids.incrementAndGet())));
        lastAck = ack;
        settle();
        return api.calls().subList(before, api.size()).stream().filter(c -> c.method().equals("chat.postMessage")
                || c.method().equals("chat.postEphemeral")).reduce((a, b) -> b);
    }

    private HttpResponse<String> lastAck;

    private void settle() {
        try {
            assertThat(core.inbox().awaitIdle(Duration.ofSeconds(20))).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Optional<Installation> stored(String enterprise, String team) {
        return core.installations().find("slack", enterprise, team);
    }

    private static String text(FakeSlackApi.Call c) {
        return String.join("\n", SlackText.lines(c.blocks())) + "\n" + c.param("text");
    }

    // --- the tests ----------------------------------------------------------------------------------------------

    @Test
    void anInstallLinkSendsTheAdminToSlackAndTheRedirectStoresTheSealedTokenAndSaysWhatToDoNext() {
        api.installable(workspace("T1", "code-1"));
        Started s = startInstall();
        assertThat(s.authorizeUrl()).startsWith("https://slack.com/oauth/v2/authorize?client_id=" + CLIENT_ID)
                .contains("scope=commands%2Capp_mentions%3Aread%2Cchat%3Awrite")
                .contains("redirect_uri=" + java.net.URLEncoder.encode("https://partnerbot.example.org/slack/oauth_redirect",
                        StandardCharsets.UTF_8));
        assertThat(s.state()).isNotBlank();

        HttpResponse<String> page = callback("code-1", s.state(), s.cookie());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Partnerbot is installed", "/partner setup");
        List<FakeSlackApi.Call> exchanges = api.calls("oauth.v2.access");
        assertThat(exchanges).hasSize(1);
        assertThat(exchanges.get(0).param("code")).isEqualTo("code-1");

        Installation row = stored(null, "T1").orElseThrow();
        String issued = api.tokensIssued().get(0);
        assertThat(row.botToken()).as("sealed at rest").doesNotContain(issued).doesNotContain("xoxb-").startsWith("v1:");
        assertThat(row.botUserId()).isEqualTo("UBOTT1");
        assertThat(row.refreshToken()).isNull();

        FakeSlackApi.Call answer = mention(null, "T1", "C1", "USAM", "setup Northside").orElseThrow();
        assertThat(text(answer)).contains("Northside is set up");
        assertThat(answer.token()).isEqualTo(issued);
    }

    @Test
    void twoWorkspacesAreEachAnsweredWithTheirOwnTokenAndAThirdThatNeverInstalledIsRefused() {
        assertThat(install(workspace("T1", "code-1")).statusCode()).isEqualTo(200);
        assertThat(install(workspace("T2", "code-2")).statusCode()).isEqualTo(200);
        List<String> tokens = api.tokensIssued();

        FakeSlackApi.Call first = mention(null, "T1", "C1", "USAM", "setup Northside").orElseThrow();
        FakeSlackApi.Call second = mention(null, "T2", "C2", "UOLGA", "setup Southside").orElseThrow();
        assertThat(first.token()).isEqualTo(tokens.get(0));
        assertThat(first.param("channel")).isEqualTo("C1");
        assertThat(second.token()).isEqualTo(tokens.get(1));
        assertThat(second.param("channel")).isEqualTo("C2");

        assertThat(mention(null, "T3", "C3", "UEVE", "setup Elsewhere")).isEmpty();
        assertThat(lastAck.statusCode()).isEqualTo(403);
        assertThat(api.calls().stream().filter(c -> "C3".equals(c.param("channel")))).isEmpty();
    }

    @Test
    void aForgedExpiredOrReplayedStateIsRefusedBeforeSlackIsAskedForTheCode() {
        api.installable(workspace("T1", "code-1"));
        Started s = startInstall();

        HttpResponse<String> forged = callback("code-1", "forged-state", "slack-app-oauth-state=forged-state");
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("was not installed", "already used, has expired").doesNotContain("Exception");
        assertThat(callback("code-1", s.state(), null).statusCode()).as("no cookie: another browser").isEqualTo(400);
        assertThat(callback("code-1", s.state(), "slack-app-oauth-state=other").statusCode()).isEqualTo(400);
        assertThat(api.calls("oauth.v2.access")).isEmpty();

        assertThat(callback("code-1", s.state(), s.cookie()).statusCode()).isEqualTo(200);
        api.installable(workspace("T1", "code-1"));
        HttpResponse<String> replay = callback("code-1", s.state(), s.cookie());
        assertThat(replay.statusCode()).as("a state is good once").isEqualTo(400);
        assertThat(api.calls("oauth.v2.access")).hasSize(1);

        Started late = startInstall();
        clock.advance(Duration.ofMinutes(11));
        assertThat(callback("code-1", late.state(), late.cookie()).statusCode()).as("expired").isEqualTo(400);
        assertThat(callback("code-1", "", "slack-app-oauth-state=").statusCode()).isEqualTo(400);
        HttpResponse<String> hostile = get(SlackOAuth.REDIRECT_PATH + "?code=%3Cb%3E&state=%3Cscript%3Ex",
                "slack-app-oauth-state=<script>x");
        assertThat(hostile.statusCode()).isEqualTo(400);
        assertThat(hostile.body()).doesNotContain("<script>", "<b>");
    }

    @Test
    void aRotatingTokenIsRefreshedBeforeItExpiresAndTheNewPairIsStored() {
        install(new Installable("code-r", "T1", null, "UBOTT1", "BT1", true, false));
        Installation installed = stored(null, "T1").orElseThrow();
        assertThat(installed.refreshToken()).isNotNull().doesNotContain("xoxe-");
        assertThat(installed.tokenExpiresAt()).isNotNull();
        String first = api.tokensIssued().get(0);
        assertThat(first).startsWith("xoxe.xoxb-");

        FakeSlackApi.Call answer = mention(null, "T1", "C1", "USAM", "setup Northside").orElseThrow();
        List<FakeSlackApi.Call> refreshes = api.calls("oauth.v2.access").stream()
                .filter(c -> "refresh_token".equals(c.param("grant_type"))).toList();
        assertThat(refreshes).as("the install's token expires within two hours: refreshed before use").hasSize(1);
        String refreshed = api.tokensIssued().get(api.tokensIssued().size() - 1);
        assertThat(refreshed).isNotEqualTo(first);
        assertThat(answer.token()).isEqualTo(refreshed);
        Installation after = stored(null, "T1").orElseThrow();
        assertThat(after.botToken()).isNotEqualTo(installed.botToken());
        assertThat(after.tokenExpiresAt()).isAfter(installed.tokenExpiresAt());

        FakeSlackApi.Call again = mention(null, "T1", "C1", "USAM", "agenda").orElseThrow();
        assertThat(again.token()).as("a fresh token is not refreshed again").isEqualTo(refreshed);
        assertThat(api.calls("oauth.v2.access")).hasSize(2);
    }

    @Test
    void uninstallingRemovesTheTokensAtOnceAndAReinstallReachesThePartnershipAgain() {
        install(workspace("T1", "code-1"));
        mention(null, "T1", "C1", "USAM", "setup Northside");
        mention(null, "T1", "C1", "USAM", "agenda add Referral backlog");

        HttpResponse<String> ack = signed(envelope("event.app_uninstalled.json", null, "T1", Map.of()));
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(stored(null, "T1")).as("gone before the ack").isEmpty();
        assertThat(mention(null, "T1", "C1", "USAM", "agenda")).isEmpty();
        assertThat(lastAck.statusCode()).isEqualTo(403);

        install(workspace("T1", "code-again"));
        FakeSlackApi.Call agenda = mention(null, "T1", "C1", "USAM", "agenda").orElseThrow();
        assertThat(text(agenda)).contains("Referral backlog");
        assertThat(agenda.token()).isEqualTo(api.tokensIssued().get(1));
    }

    @Test
    void revokedBotTokensAreRemovedAtOnce() {
        install(workspace("T1", "code-1"));
        JsonObject revoked = com.google.gson.JsonParser.parseString(envelope("event.tokens_revoked.json", null, "T1", Map.of()))
                .getAsJsonObject();
        revoked.getAsJsonObject("event").getAsJsonObject("tokens").add("bot",
                com.google.gson.JsonParser.parseString("[\"UBOTT1\"]"));
        revoked.getAsJsonObject("event").getAsJsonObject("tokens").add("oauth", new com.google.gson.JsonArray());
        assertThat(signed(revoked.toString()).statusCode()).isEqualTo(200);
        assertThat(stored(null, "T1")).isEmpty();
    }

    @Test
    void anOrgWideInstallOnEnterpriseGridServesEveryWorkspaceOfTheOrganisationAndNoOther() {
        HttpResponse<String> page = install(new Installable("code-org", null, "E1", "UBOTORG", "BORG", false, true));
        assertThat(page.body()).contains("every workspace of your organisation");
        Installation row = stored("E1", "").orElseThrow();
        assertThat(row.orgWide()).isTrue();
        assertThat(stored("E1", "T7")).as("any workspace of E1").isPresent();

        FakeSlackApi.Call answer = mention("E1", "T7", "C7", "USAM", "setup Gridside").orElseThrow();
        assertThat(text(answer)).contains("Gridside is set up");
        assertThat(answer.token()).isEqualTo(api.tokensIssued().get(0));
        assertThat(core.transactions().inTransaction(() -> core.partnerships().findByConversation("slack:E1:T7", "C7")))
                .isPresent();
        assertThat(mention("E2", "T7", "C8", "USAM", "setup Other")).as("another organisation").isEmpty();
    }

}

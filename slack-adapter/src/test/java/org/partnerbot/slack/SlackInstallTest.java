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
 * the partnership again. Enterprise Grid org-wide installs serve every workspace of the organisation. Slack Connect: a
 * channel shared by several organisations is one partnership, under the host, whichever installation a request came through.
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
        return signed(body, "application/json");
    }

    private HttpResponse<String> signed(String body, String contentType) {
        String timestamp = String.valueOf(clock.instant().getEpochSecond());
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + listener.port() + EventsEndpoint.PATH))
                .header("Content-Type", contentType)
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

    /** Said in a channel by a person of {@code userTeam}, delivered through the installation of {@code team}. */
    private List<FakeSlackApi.Call> said(String team, String channel, String user, String userTeam, String text) {
        int before = api.size();
        lastAck = signed(envelope("event.app_mention.json", null, team, Map.of("user", user, "user_team", userTeam,
                "text", "<@UBOT" + team + "> " + text, "channel", channel, "ts", "1700000000.00000" + ids.incrementAndGet())));
        settle();
        return api.calls().subList(before, api.size()).stream().filter(c -> c.method().equals("chat.postMessage")
                || c.method().equals("chat.postEphemeral")).toList();
    }

    private static String all(List<FakeSlackApi.Call> posts) {
        return String.join("\n", posts.stream().map(SlackInstallTest::text).toList());
    }

    /** A Slack Connect event (channel_shared / channel_unshared) as the docs show it, delivered to the host's installation. */
    private HttpResponse<String> sharingEvent(String type, String team, String channel, String otherTeam) {
        JsonObject p = com.google.gson.JsonParser.parseString(envelope("event.app_mention.json", null, team, Map.of()))
                .getAsJsonObject();
        JsonObject e = new JsonObject();
        e.addProperty("type", type);
        e.addProperty(type.equals("channel_shared") ? "connected_team_id" : "previously_connected_team_id", otherTeam);
        e.addProperty("channel", channel);
        e.addProperty("is_ext_shared", type.equals("channel_shared"));
        e.addProperty("event_ts", "1700000001.000100");
        p.add("event", e);
        return signed(p.toString());
    }

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

    // --- Slack Connect ---------------------------------------------------------------------------------------------

    @Test
    void aChannelSharedBetweenOrganisationsIsOnePartnershipReachedThroughEitherInstallation() {
        install(workspace("T1", "code-1"));   // the council: hosts the channel
        install(workspace("T2", "code-2"));   // the NHS trust: connected, installed the app too
        install(workspace("T3", "code-3"));   // a school: installed, but not connected to this channel
        // Police Scotland (T4) is connected and never installed the app: its people's events come through T1's install.
        api.sharedChannel("CSHARED", "T1", "T1", "T2", "T4");
        List<String> tokens = api.tokensIssued();

        assertThat(all(said("T1", "CSHARED", "USAM", "T1", "setup Northside"))).contains("Northside is set up");
        List<FakeSlackApi.Call> fromNhs = said("T2", "CSHARED", "UDAN", "T2", "agenda add Referral backlog");
        assertThat(all(fromNhs)).contains("Agenda item 1 added by dan");
        assertThat(fromNhs.get(fromNhs.size() - 1).token()).as("answered through the installation it came through")
                .isEqualTo(tokens.get(1));
        assertThat(all(said("T1", "CSHARED", "UPOLICE", "T4", "agenda"))).contains("Referral backlog");
        assertThat(all(said("T2", "CSHARED", "UDAN", "T2", "agenda"))).contains("Referral backlog", "Northside");

        assertThat(core.transactions().inTransaction(() -> core.partnerships().findByConversation("slack:T2", "CSHARED")))
                .as("one partnership, under the host").isEmpty();
        long id = core.transactions().inTransaction(() -> core.partnerships().findByConversation("slack:T1", "CSHARED"))
                .orElseThrow().id();
        assertThat(core.transactions().inTransaction(() -> List.of(core.members().findByUserKey(id, "UDAN"),
                core.members().findByUserKey(id, "UPOLICE")))).allSatisfy(m -> assertThat(m).isPresent());

        String school = all(said("T3", "CSHARED", "UEVE", "T3", "agenda"));
        assertThat(school).as("an unconnected workspace gets nothing").doesNotContain("Referral backlog", "Northside");

        said("T1", "CSHARED", "USAM", "T1", "chair add <@USAM>");
        said("T1", "CSHARED", "USAM", "T1", "schedule weekly tue 10:00 Europe/London 60m");
        int before = api.size();
        said("T1", "CSHARED", "USAM", "T1", "remind now agenda");
        List<FakeSlackApi.Call> calls = api.calls().subList(before, api.size()).stream()
                .filter(c -> c.method().equals("chat.postMessage") && text(c).contains("Referral backlog")).toList();
        assertThat(calls).as("the agenda call goes to the channel once: " + api.calls().subList(before, api.size()).stream()
                .map(c -> c.method() + " " + c.param("channel") + " " + text(c)).toList()).hasSize(1);
        assertThat(calls.get(0).param("channel")).isEqualTo("CSHARED");
        assertThat(calls.get(0).token()).as("the host's installation").isEqualTo(tokens.get(0));
    }

    /** A Slack Connect event delivered through {@code team}'s installation, its event fields as given. */
    private List<FakeSlackApi.Call> event(String fixture, String team, Map<String, String> fields) {
        int before = api.size();
        lastAck = signed(envelope(fixture, null, team, fields));
        settle();
        return api.calls().subList(before, api.size());
    }

    private HttpResponse<String> signedForm(String body) {
        return signed(body, "application/x-www-form-urlencoded");
    }

    /** A press in the App Home tab of {@code user}, whose workspace (and installation) is {@code team}. */
    private List<FakeSlackApi.Call> homePress(String team, String user, String value) {
        JsonObject p = Fixtures.json("block_actions.home_tab.json");
        p.getAsJsonObject("team").addProperty("id", team);
        p.getAsJsonObject("user").addProperty("id", user);
        p.getAsJsonObject("user").addProperty("team_id", team);
        JsonObject action = p.getAsJsonArray("actions").get(0).getAsJsonObject();
        action.addProperty("action_ts", clock.instant().getEpochSecond() + "." + String.format("%06d", ids.incrementAndGet()));
        action.addProperty("action_id", "partner.duty.claim." + ids.incrementAndGet()); // as the renderer names them
        action.addProperty("value", value);
        int before = api.size();
        assertThat(signedForm("payload=" + java.net.URLEncoder.encode(p.toString(), StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(200);
        settle();
        return api.calls().subList(before, api.size());
    }

    /** The council hosts CSHARED; the NHS trust (T2) installed and is connected; Police Scotland (T4) only connected. */
    private long connectedPartnership() {
        install(workspace("T1", "code-1"));
        install(workspace("T2", "code-2"));
        install(workspace("T3", "code-3"));
        api.sharedChannel("CSHARED", "T1", "T1", "T2", "T4");
        api.channelMembers("CSHARED", "USAM", "UDAN", "UPOLICE");
        api.teamName("T1", "Northside Council");
        api.teamName("T2", "NHS Trust");
        api.teamName("T4", "Police Scotland");
        said("T1", "CSHARED", "USAM", "T1", "setup Northside");
        return core.transactions().inTransaction(() -> core.partnerships().findByConversation("slack:T1", "CSHARED"))
                .orElseThrow().id();
    }

    private String displayName(long partnership, String user) {
        return core.transactions().inTransaction(() -> core.members().findByUserKey(partnership, user)).orElseThrow()
                .displayName();
    }

    @Test
    void agencyLinkMarksTheAgencyAsTheAskersOrganisationsAndPeopleAreShownWithTheirOrganisation() {
        long id = connectedPartnership();
        said("T1", "CSHARED", "USAM", "T1", "agency add Police");
        said("T1", "CSHARED", "USAM", "T1", "agency add NHS");

        // Police Scotland never installed the app: its person's mention comes through the host's installation.
        assertThat(all(said("T1", "CSHARED", "UPOLICE", "T4", "agency link Police")))
                .contains("Police is now linked to Police Scotland.");
        assertThat(all(said("T2", "CSHARED", "UDAN", "T2", "agency link NHS"))).contains("NHS is now linked to NHS Trust.");
        assertThat(all(said("T2", "CSHARED", "UDAN", "T2", "agency link Police")))
                .as("another organisation's agency").contains("already linked to Police Scotland");
        said("T1", "CSHARED", "UPOLICE", "T4", "agency join Police");

        String agencies = all(said("T1", "CSHARED", "USAM", "T1", "agencies"));
        assertThat(agencies).contains("Police (Police Scotland): ", "NHS (NHS Trust): ");
        assertThat(displayName(id, "UPOLICE")).isEqualTo("police · Police Scotland");
        assertThat(displayName(id, "UDAN")).isEqualTo("dan · NHS Trust");
        assertThat(displayName(id, "USAM")).as("the host's own people").isEqualTo("sam");
        assertThat(api.calls("team.info").stream().map(c -> c.param("team")).distinct())
                .as("organisation names from Slack, each asked once").containsExactlyInAnyOrder("T1", "T2", "T4")
                .hasSize(api.calls("team.info").size());
        assertThat(core.transactions().inTransaction(() -> core.agencies().findByName(id, "Police")).orElseThrow().organisation())
                .isEqualTo("slack:T4");
    }

    @Test
    void aChannelLineWithoutUserTeamTakesThePersonsOrganisationFromUsersInfo() {
        long id = connectedPartnership();
        api.userOf("UKIM", "T4");
        said("T1", "CSHARED", "USAM", "T1", "agency add Police");
        event("event.app_mention.json", "T1", Map.of("user", "UKIM", "text", "<@UBOTT1> agency link Police",
                "channel", "CSHARED", "ts", "1700000000.00000" + ids.incrementAndGet()));
        assertThat(displayName(id, "UKIM")).isEqualTo("kim · Police Scotland");
        assertThat(core.transactions().inTransaction(() -> core.agencies().findByName(id, "Police")).orElseThrow()
                .organisationName()).isEqualTo("Police Scotland");
    }

    @Test
    void aGuestsDirectMessagesAppHomeAndButtonsThroughTheirOwnWorkspaceReachTheHostsPartnership() {
        long id = connectedPartnership();
        said("T2", "CSHARED", "UDAN", "T2", "agenda add Referral backlog");
        List<String> tokens = api.tokensIssued();

        // A direct message to the bot in dan's own workspace (the NHS trust's installation).
        List<FakeSlackApi.Call> dm = event("event.message.channels.json", "T2", Map.of("user", "UDAN", "channel", "DUDAN",
                "channel_type", "im", "text", "agenda", "ts", "1700000000.00000" + ids.incrementAndGet()));
        FakeSlackApi.Call answer = dm.stream().filter(c -> c.method().equals("chat.postMessage")).reduce((a, b) -> b).orElseThrow();
        assertThat(text(answer)).contains("Referral backlog");
        assertThat(answer.param("channel")).isEqualTo("DUDAN");
        assertThat(answer.token()).as("answered through dan's own installation").isEqualTo(tokens.get(1));

        // The App Home tab, opened in dan's workspace, shows the host's partnership with its buttons.
        List<FakeSlackApi.Call> opened = event("event.app_home_opened.json", "T2", Map.of("user", "UDAN", "channel", "DUDAN"));
        FakeSlackApi.Call home = opened.stream().filter(c -> c.method().equals("views.publish")).findFirst().orElseThrow();
        assertThat(String.join("\n", SlackText.lines(home.blocks()))).contains("Northside").doesNotContain("not in a partnership");
        assertThat(home.token()).isEqualTo(tokens.get(1));

        // A button pressed there runs in the host's partnership, and what the channel should see goes to the shared channel.
        said("T1", "CSHARED", "USAM", "T1", "duty add Information sharing officer");
        String claim = core.bot().seal().button(org.partnerbot.core.reply.Button.of("Claim", "duty.claim",
                "duty claim Information sharing officer"), id);
        List<FakeSlackApi.Call> pressed = homePress("T2", "UDAN", claim);
        assertThat(pressed.stream().filter(c -> c.method().equals("chat.postMessage")).map(c -> c.param("channel") + " " + text(c)))
                .anySatisfy(p -> assertThat(p).startsWith("CSHARED").contains("Information sharing officer"));
        assertThat(all(said("T1", "CSHARED", "USAM", "T1", "duties"))).contains("Information sharing officer").contains("dan");

        // A person of a workspace that is not connected gets nothing of it, by DM, App Home or a kept button.
        String school = text(event("event.message.channels.json", "T3", Map.of("user", "UEVE", "channel", "DUEVE",
                "channel_type", "im", "text", "agenda", "ts", "1700000000.00000" + ids.incrementAndGet())).stream()
                .filter(c -> c.method().equals("chat.postMessage")).reduce((a, b) -> b).orElseThrow());
        assertThat(school).doesNotContain("Referral backlog");
        FakeSlackApi.Call schoolHome = event("event.app_home_opened.json", "T3", Map.of("user", "UEVE", "channel", "DUEVE"))
                .stream().filter(c -> c.method().equals("views.publish")).findFirst().orElseThrow();
        assertThat(String.join("\n", SlackText.lines(schoolHome.blocks()))).doesNotContain("Northside");
        List<FakeSlackApi.Call> forged = homePress("T3", "UDAN", claim);
        assertThat(forged.stream().filter(c -> c.method().equals("chat.postMessage")).map(c -> c.param("channel")))
                .as("the same user id through another workspace").doesNotContain("CSHARED");
    }

    @Test
    void aGuestFromAnEnterpriseGridWorkspaceReachesTheHostsPartnershipThroughTheirOwnInstallation() {
        long id = connectedPartnership();
        said("T1", "CSHARED", "USAM", "T1", "agenda add Referral backlog");
        install(new Installable("code-grid", "T5", "E9", "UBOTT5", "BT5", false, false));
        api.sharedChannel("CSHARED", "T1", "T1", "T2", "T4", "T5");
        api.channelMembers("CSHARED", "USAM", "UDAN", "UPOLICE", "UGRID");
        api.userOf("UGRID", "T5", "E9");
        api.teamName("T5", "Health Board");
        said("T1", "CSHARED", "USAM", "T1", "agency add NHS");
        event("event.app_mention.json", "T1", Map.of("user", "UGRID", "text", "<@UBOTT1> agency join NHS",
                "channel", "CSHARED", "ts", "1700000000.00000" + ids.incrementAndGet()));
        assertThat(displayName(id, "UGRID")).isEqualTo("grid · Health Board");

        int before = api.size();
        lastAck = signed(envelope("event.message.channels.json", "E9", "T5", Map.of("user", "UGRID", "channel", "DUGRID",
                "channel_type", "im", "text", "agenda", "ts", "1700000000.00000" + ids.incrementAndGet())));
        settle();
        String answer = text(api.calls().subList(before, api.size()).stream()
                .filter(c -> c.method().equals("chat.postMessage")).reduce((a, b) -> b).orElseThrow());
        assertThat(answer).as("their DM, through their Grid workspace's own installation").contains("Referral backlog");
    }

    /** A plain line said in a channel (a message event, not a mention), by a person of {@code userTeam}. */
    private List<FakeSlackApi.Call> line(String team, String channel, String user, String userTeam, String text) {
        return event("event.message.channels.json", team, Map.of("user", user, "team", userTeam, "channel", channel,
                "channel_type", "channel", "text", text, "ts", "1700000000.00000" + ids.incrementAndGet()));
    }

    @Test
    void meetingLinesSaidInASharedChannelByPeopleOfEachWorkspaceAreMinutedInTheOnePartnership() {
        long id = connectedPartnership();
        line("T1", "CSHARED", "USAM", "T1", "#startmeeting Weekly");
        line("T2", "CSHARED", "UDAN", "T2", "#info Referral backlog is down to 12");
        line("T1", "CSHARED", "UPOLICE", "T4", "#idea Joint custody handover training");
        line("T3", "CSHARED", "UEVE", "T3", "#info Not connected, not minuted");
        List<FakeSlackApi.Call> ended = line("T1", "CSHARED", "USAM", "T1", "#endmeeting");
        String minutes = all(ended.stream().filter(c -> c.method().equals("chat.postMessage")).toList());
        assertThat(minutes).contains("Referral backlog is down to 12", "Joint custody handover training")
                .doesNotContain("Not connected");
        assertThat(core.transactions().inTransaction(() -> core.partnerships().findByConversation("slack:T2", "CSHARED")))
                .as("no second partnership").isEmpty();
        assertThat(displayName(id, "UDAN")).isEqualTo("dan · NHS Trust");
    }

    @Test
    void aWorkspaceDisconnectedFromTheChannelLosesAccessToThePartnership() {
        install(workspace("T1", "code-1"));
        install(workspace("T2", "code-2"));
        api.sharedChannel("CSHARED", "T1", "T1", "T2");
        said("T1", "CSHARED", "USAM", "T1", "setup Northside");
        said("T1", "CSHARED", "USAM", "T1", "agenda add Referral backlog");
        assertThat(all(said("T2", "CSHARED", "UDAN", "T2", "agenda"))).contains("Referral backlog");

        api.unshare("CSHARED", "T2");
        assertThat(sharingEvent("channel_unshared", "T1", "CSHARED", "T2").statusCode()).isEqualTo(200);
        settle();
        assertThat(all(said("T2", "CSHARED", "UDAN", "T2", "agenda"))).doesNotContain("Referral backlog", "Northside");
        assertThat(all(said("T1", "CSHARED", "USAM", "T1", "agenda"))).as("the host keeps it").contains("Referral backlog");

        api.sharedChannel("CSHARED", "T1", "T1", "T2");
        assertThat(sharingEvent("channel_shared", "T1", "CSHARED", "T2").statusCode()).isEqualTo(200);
        assertThat(all(said("T2", "CSHARED", "UDAN", "T2", "agenda"))).as("shared again").contains("Referral backlog");
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

package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import com.slack.api.app_backend.SlackSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerbot.slack.fakes.FakeSlackApi;
import org.partnerbot.slack.transport.ClockedVerifier;

/** Only requests signed by Slack with our secret, within five minutes either side of now, reach the bot. */
class RequestSignatureTest {

    private static SlackTestbed bed;

    @BeforeAll
    static void start() throws Exception {
        bed = new SlackTestbed();
    }

    @AfterAll
    static void stop() {
        bed.close();
    }

    @Test
    void slacksOfficialTestVectorVerifiesAtItsOwnTimeAndNotToday() {
        JsonObject v = Fixtures.json("signing_test_vector.json");
        String secret = v.get("signing_secret").getAsString();
        String timestamp = v.get("x_slack_request_timestamp").getAsString();
        String body = v.get("raw_body").getAsString();
        String signature = v.get("x_slack_signature").getAsString();
        Clock then = Clock.fixed(Instant.ofEpochSecond(Long.parseLong(timestamp)).plusSeconds(30), ZoneOffset.UTC);

        assertThat(new ClockedVerifier(secret, then).isValid(timestamp, body, signature)).isTrue();
        assertThat(new ClockedVerifier(secret, then).isValid(timestamp, body.replace("text=", "text=x"), signature)).isFalse();
        assertThat(new ClockedVerifier(secret, Clock.systemUTC()).isValid(timestamp, body, signature)).as("replayed years later").isFalse();
    }

    @Test
    void oneVerifierChecksRequestAfterRequestOnManyThreadsAlike() throws Exception {
        JsonObject v = Fixtures.json("signing_test_vector.json");
        String timestamp = v.get("x_slack_request_timestamp").getAsString();
        String body = v.get("raw_body").getAsString();
        String signature = v.get("x_slack_signature").getAsString();
        ClockedVerifier verifier = new ClockedVerifier(v.get("signing_secret").getAsString(),
                Clock.fixed(Instant.ofEpochSecond(Long.parseLong(timestamp)), ZoneOffset.UTC));
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> checks = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean forged = i % 3 == 1;
                String sent = forged ? body.replace("text=", "text=x") : body;
                checks.add(threads.submit(() -> (forged ? "forged " : "signed ") + verifier.isValid(timestamp, sent, signature)));
            }
            for (java.util.concurrent.Future<String> c : checks) {
                assertThat(c.get()).isIn("signed true", "forged false");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theOfficialVectorSentTodayIsRefusedWith401AndDoesNothing() {
        JsonObject v = Fixtures.json("signing_test_vector.json");
        int before = bed.api.size();
        HttpResponse<String> r = bed.post(v.get("raw_body").getAsString(), v.get("content_type").getAsString(),
                v.get("x_slack_request_timestamp").getAsString(), v.get("x_slack_signature").getAsString(), Map.of());
        bed.settle();
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(bed.api.size()).isEqualTo(before);
    }

    @Test
    void forgedExpiredFarFutureAndUnsignedRequestsAre401WithNoEffect() {
        String body = bed.slashCommand(FakeSlackApi.TEAM, "C0SIG", "USAM", "setup Forged Partnership");
        long now = bed.clock.instant().getEpochSecond();
        String nowTs = String.valueOf(now);
        String expiredTs = String.valueOf(now - Duration.ofMinutes(6).toSeconds());
        String futureTs = String.valueOf(now + Duration.ofMinutes(6).toSeconds());
        SlackSignature.Generator ours = new SlackSignature.Generator(SlackTestbed.SECRET);
        String form = "application/x-www-form-urlencoded";
        int before = bed.api.size();

        assertThat(bed.post(body, form, nowTs, new SlackSignature.Generator("not-the-secret").generate(nowTs, body), Map.of())
                .statusCode()).as("wrong secret").isEqualTo(401);
        assertThat(bed.post(body.replace("Forged", "Tampered"), form, nowTs, ours.generate(nowTs, body), Map.of())
                .statusCode()).as("tampered body").isEqualTo(401);
        assertThat(bed.post(body, form, expiredTs, ours.generate(expiredTs, body), Map.of()).statusCode())
                .as("expired").isEqualTo(401);
        assertThat(bed.post(body, form, futureTs, ours.generate(futureTs, body), Map.of()).statusCode())
                .as("far future").isEqualTo(401);
        assertThat(bed.post(body, form, null, null, Map.of()).statusCode()).as("unsigned").isEqualTo(401);
        bed.settle();

        assertThat(bed.api.size()).isEqualTo(before);
        assertThat(bed.core.transactions().inTransaction(() -> bed.core.partnerships().findByConversation("slack:T1", "C0SIG")))
                .as("no partnership was set up").isEmpty();
    }

    @Test
    void aSignedRequestFourMinutesOldIsStillAccepted() {
        String body = bed.slashCommand(FakeSlackApi.TEAM, "C0SIG2", "USAM", "help");
        String ts = String.valueOf(bed.clock.instant().minus(Duration.ofMinutes(4)).getEpochSecond());
        HttpResponse<String> r = bed.post(body, "application/x-www-form-urlencoded", ts,
                new SlackSignature.Generator(SlackTestbed.SECRET).generate(ts, body), Map.of());
        bed.settle();
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void urlVerificationIsAnsweredWithTheChallenge() {
        HttpResponse<String> r = bed.signed(Fixtures.text("url_verification.json"), "application/json", Map.of());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void slacksSslCheckIsAnswered() {
        assertThat(bed.signed("ssl_check=1&token=legacy", "application/x-www-form-urlencoded", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyPostIsServed() throws Exception {
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(bed.endpointUrl())).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(405);
    }

    @Test
    void garbageGetsAShortErrorNotAStackTrace() {
        HttpResponse<String> r = bed.signed("{not json", "application/json", Map.of());
        assertThat(r.statusCode()).isBetween(400, 499);
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}

package org.partnerbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.teams.support.Activities;
import org.partnerbot.teams.support.FakeConnector;
import org.partnerbot.teams.support.TeamsHarness;

/** With an app id, only requests carrying a valid Bot Framework token have any effect. */
class AuthenticationTest {

    private static String microsoftMetadata;
    private CoreModule core;
    private FakeConnector connector;
    private TeamsHarness harness;

    @BeforeAll
    static void keepKeyLookUpsOnLoopback() {
        // Token validation may fetch signing keys; point it at nothing real so no test can call Microsoft.
        microsoftMetadata = ChannelValidation.getOpenIdMetaDataUrl();
        ChannelValidation.setOpenIdMetaDataUrl("http://127.0.0.1:9/openid-configuration");
    }

    @AfterAll
    static void restore() {
        ChannelValidation.setOpenIdMetaDataUrl(microsoftMetadata);
    }

    @BeforeEach
    void start() throws Exception {
        core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"));
        connector = new FakeConnector();
        harness = new TeamsHarness(core, new TeamsSettings("11111111-2222-3333-4444-555555555555", "secret", "", ""));
    }

    @AfterEach
    void stop() {
        harness.close();
        connector.close();
        core.close();
    }

    private ObjectNode setup() {
        return Activities.channelMessage(connector.serviceUrl(), "sam", "1", "setup Northside", true);
    }

    @Test
    void aRequestWithoutATokenIsRejectedAndChangesNothing() {
        TeamsHarness.Answer answer = harness.post(setup().toString(), null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body()).contains("Unauthorized").doesNotContain("Exception");
        assertNothingHappened();
    }

    @Test
    void aForgedTokenIsRejectedAndChangesNothing() {
        String forged = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImZvcmdlZCIsInR5cCI6IkpXVCJ9"
                + ".eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIiwiYXVkIjoiMTExMTExMTEtMjIyMi0zMzMzLTQ0NDQtNTU1NTU1NTU1NTU1In0"
                + ".c2lnbmF0dXJl";
        assertThat(harness.post(setup().toString(), "Bearer " + forged).status()).isEqualTo(401);
        assertThat(harness.post(setup().toString(), "Bearer not-a-token").status()).isEqualTo(401);
        assertThat(harness.post(setup().toString(), "Basic c2FtOnNhbQ==").status()).isEqualTo(401);
        assertNothingHappened();
    }

    @Test
    void aTokenSignedByAKeyTheMetadataPublishesIsAccepted() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        RSAPublicKey publicKey = (RSAPublicKey) keys.getPublic();
        HttpServer issuer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        String base = "http://127.0.0.1:" + issuer.getAddress().getPort();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\"test-key\",\"n\":\""
                + b64.encodeToString(unsigned(publicKey.getModulus().toByteArray())) + "\",\"e\":\""
                + b64.encodeToString(unsigned(publicKey.getPublicExponent().toByteArray())) + "\",\"endorsements\":[\"msteams\"]}]}";
        serve(issuer, "/openid", "{\"jwks_uri\":\"" + base + "/keys\"}");
        serve(issuer, "/keys", jwks);
        issuer.start();
        String previous = ChannelValidation.getOpenIdMetaDataUrl();
        ChannelValidation.setOpenIdMetaDataUrl(base + "/openid");
        try {
            // A member joining: stores the conversation's reference, and needs no reply (which would fetch a token).
            ObjectNode joined = Activities.channelMessage(connector.serviceUrl(), "dan", "1", "", false);
            joined.put("type", "conversationUpdate");
            joined.remove("text");
            joined.putArray("membersAdded").addObject().put("id", Activities.teamsId("dan"));
            String token = JWT.create().withKeyId("test-key")
                    .withIssuer("https://api.botframework.com")
                    .withAudience("11111111-2222-3333-4444-555555555555")
                    .withClaim("serviceurl", connector.serviceUrl())
                    .withNotBefore(new Date(System.currentTimeMillis() - 60_000))
                    .withExpiresAt(new Date(System.currentTimeMillis() + 3_600_000))
                    .sign(Algorithm.RSA256(publicKey, (RSAPrivateKey) keys.getPrivate()));

            assertThat(harness.post(joined.toString(), "Bearer " + token).status()).isIn(200, 202);
            assertThat(core.conversationReferences()
                    .findActive(Activities.WORKSPACE, "conversation:" + Activities.CHANNEL)).isPresent();

            String forOtherBot = JWT.create().withKeyId("test-key").withIssuer("https://api.botframework.com")
                    .withAudience("another-bot").withClaim("serviceurl", connector.serviceUrl())
                    .withExpiresAt(new Date(System.currentTimeMillis() + 3_600_000))
                    .sign(Algorithm.RSA256(publicKey, (RSAPrivateKey) keys.getPrivate()));
            assertThat(harness.post(setup().toString(), "Bearer " + forOtherBot).status()).isEqualTo(401);
        } finally {
            ChannelValidation.setOpenIdMetaDataUrl(previous);
            issuer.stop(0);
        }
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static void serve(HttpServer server, String path, String json) {
        server.createContext(path, exchange -> {
            try (exchange) {
                byte[] body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
    }

    private void assertNothingHappened() {
        assertThat(connector.attempts()).as("no reply was sent").isZero();
        assertThat(core.transactions().inTransaction(
                () -> core.partnerships().findByConversation(Activities.WORKSPACE, Activities.CHANNEL))).isEmpty();
        assertThat(core.conversationReferences()
                .findActive(Activities.WORKSPACE, "conversation:" + Activities.CHANNEL)).isEmpty();
    }
}

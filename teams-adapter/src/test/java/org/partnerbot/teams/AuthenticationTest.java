package org.partnerbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.authentication.ChannelValidation;
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

    private void assertNothingHappened() {
        assertThat(connector.attempts()).as("no reply was sent").isZero();
        assertThat(core.transactions().inTransaction(
                () -> core.partnerships().findByConversation(Activities.WORKSPACE, Activities.CHANNEL))).isEmpty();
        assertThat(core.repositories().conversationReferences()
                .findActive(Activities.WORKSPACE, "conversation:" + Activities.CHANNEL)).isEmpty();
    }
}

package org.partnerbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;
import org.partnerbot.teams.support.Activities;
import org.partnerbot.teams.support.FakeConnector;
import org.partnerbot.teams.support.TeamsHarness;
import org.slf4j.LoggerFactory;

/**
 * What the anonymous endpoint (the one a local emulator talks to) refuses, each with no effect at all: other channels
 * than Teams (and the emulator), senders without an Entra object id, a Host that is not loopback, a serviceUrl off
 * this machine, a body that is not JSON, identifiers longer than Teams ever sends (with a WARN naming the field, not the
 * value), and tenants outside the operator's list.
 */
class ActivityGateTest {

    private CoreModule core;
    private FakeConnector connector;
    private TeamsHarness harness;

    @BeforeEach
    void start() throws Exception {
        core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"));
        connector = new FakeConnector();
        harness = TeamsHarness.anonymous(core);
    }

    @AfterEach
    void stop() {
        harness.close();
        connector.close();
        core.close();
    }

    private ObjectNode setup() {
        return Activities.personalMessage(connector.serviceUrl(), "sam", "help");
    }

    @Test
    void anActivityFromAnotherChannelIsRefused() {
        ObjectNode a = setup();
        a.put("channelId", "directline");
        a.with("from").put("id", "admin-of-everything");
        TeamsHarness.Answer answer = harness.post(a);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).contains("Microsoft Teams only");
        assertNothingHappened();
    }

    @Test
    void theEmulatorChannelIsServedOnTheAnonymousEndpoint() {
        ObjectNode a = setup();
        a.put("channelId", "emulator");
        assertThat(harness.post(a).status()).isEqualTo(202);
        assertThat(connector.count()).isEqualTo(1);
    }

    @Test
    void aSenderWithoutAnEntraObjectIdIsRefusedNotKeyedByFromId() {
        ObjectNode a = setup();
        a.with("from").remove("aadObjectId");
        TeamsHarness.Answer answer = harness.post(a);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("aadObjectId");
        assertNothingHappened();
    }

    @Test
    void aServiceUrlOffThisMachineIsRefused() {
        ObjectNode a = setup();
        a.put("serviceUrl", "https://evil.example.com/_connector");
        assertThat(harness.post(a).status()).isEqualTo(403);
        a.put("serviceUrl", "http://127.0.0.1.evil.example.com/_connector");
        assertThat(harness.post(a).status()).isEqualTo(403);
        assertNothingHappened();
    }

    @Test
    void aForeignHostHeaderIsRefused() throws Exception {
        String body = setup().toString();
        assertThat(rawPost("partnerbot.attacker.example", "application/json", body)).startsWith("HTTP/1.1 403");
        assertThat(rawPost("127.0.0.1:" + harness.endpoint().getPort(), "application/json", body)).startsWith("HTTP/1.1 202");
        harness.settle();
        assertThat(connector.count()).isEqualTo(1);
    }

    @Test
    void aBodyThatIsNotJsonIsRefused() throws Exception {
        assertThat(rawPost("127.0.0.1", "text/plain", setup().toString())).startsWith("HTTP/1.1 415");
        assertNothingHappened();
    }

    @Test
    void overLongIdentifiersGet400AndAWarningWithoutTheValue() {
        String longKey = "aad-" + "k".repeat(400);
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        Level before = root.getLevel();
        root.setLevel(Level.ALL);
        try {
            ObjectNode user = setup();
            user.with("from").put("aadObjectId", longKey);
            assertThat(harness.post(user).status()).isEqualTo(400);
            ObjectNode tenant = setup();
            tenant.with("conversation").put("tenantId", "t".repeat(500));
            assertThat(harness.post(tenant).status()).isEqualTo(400);
            ObjectNode conversation = setup();
            conversation.with("conversation").put("id", "a:" + "c".repeat(5000));
            assertThat(harness.post(conversation).status()).isEqualTo(400);
        } finally {
            root.detachAppender(logs);
            root.setLevel(before);
        }
        List<String> lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).anyMatch(l -> l.contains("from is too long")).anyMatch(l -> l.contains("tenant id is too long"))
                .anyMatch(l -> l.contains("conversation is too long"));
        assertThat(lines).noneMatch(l -> l.contains("kkkkkkkkkk") || l.contains("tttttttttt") || l.contains("cccccccccc"));
        assertThat(logs.list).noneMatch(e -> e.getLevel() == Level.ERROR);
        assertNothingHappened();
    }

    @Test
    void aTenantOutsideTheAllowListIsRefused() throws Exception {
        harness.close();
        core.close();
        core = new CoreModule(TestDatabases.inMemory(), MutableClock.at("2026-11-27T10:00:00Z"));
        harness = new TeamsHarness(core, TeamsSettings.anonymous().onlyForTenants("tenant-allowed, another"));
        assertThat(harness.post(setup()).status()).isEqualTo(403);
        assertNothingHappened();
        ObjectNode allowed = setup();
        allowed.with("conversation").put("tenantId", "tenant-allowed");
        assertThat(harness.post(allowed).status()).isEqualTo(202);
        assertThat(connector.count()).isEqualTo(1);
    }

    private void assertNothingHappened() {
        harness.settle();
        assertThat(connector.count()).isZero();
        assertThat(core.transactions().inTransaction(() -> core.jdbc().one("SELECT COUNT(*) FROM inbox", rs -> rs.getInt(1))))
                .contains(0);
        assertThat(core.transactions().inTransaction(() -> core.jdbc().one("SELECT COUNT(*) FROM people", rs -> rs.getInt(1))))
                .contains(0);
    }

    /** A request with a Host header of our choosing, which Java's HTTP client will not send. */
    private String rawPost(String host, String contentType, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", harness.endpoint().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/messages HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }
}

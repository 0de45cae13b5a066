package org.partnerbot.config.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerbot.config.Application;
import org.partnerbot.config.Settings;
import org.partnerbot.core.testing.TestPostgres;

/**
 * Two whole Partnerbot processes' worth of wiring (settings, listener, Slack in HTTP mode, Quartz clustered) on one
 * PostgreSQL database, behind a load balancer that may hand the same Slack request to either or both: whatever
 * reaches both nodes has one effect.
 */
class TwoNodesOneDatabaseTest {

    private static final String SECRET = "two-nodes-signing-secret";
    private SlackStub slack;
    private String dbUrl;
    private Application nodeA;
    private Application nodeB;

    @BeforeEach
    void startTwoNodes() throws Exception {
        slack = new SlackStub(SECRET);
        dbUrl = TestPostgres.freshDatabaseUrl();
        nodeA = start();
        nodeB = start();
        assertThat(slack.deliver(nodeA, slack.slashCommand("USAM", "setup Northside Children's Partnership")).statusCode())
                .isEqualTo(200);
        SlackStub.settle(nodeA);
    }

    private Application start() {
        Settings settings = new Settings(Map.of("PARTNERBOT_DB_URL", dbUrl, "PARTNERBOT_DB_USER", "postgres",
                "PARTNERBOT_PORT", "0", "PARTNERBOT_MANAGEMENT_PORT", "0", "SLACK_BOT_TOKEN", "xoxb-two-nodes", "SLACK_SIGNING_SECRET", SECRET,
                "SLACK_API_URL", slack.apiUrl()));
        return Application.start(settings, false, new PrintStream(new ByteArrayOutputStream()));
    }

    @AfterEach
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {nodeB, nodeA, slack}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // keep closing the rest
            }
        }
    }

    @Test
    void theSameSignedEventDeliveredToBothNodesAtOnceAddsOneAgendaItemAndOneReply() throws Exception {
        String event = slack.mention("UDAN", "agenda add Referral backlog from schools", "Ev0TWONODES1");
        CompletableFuture<HttpResponse<String>> toA = CompletableFuture.supplyAsync(() -> slack.deliver(nodeA, event));
        CompletableFuture<HttpResponse<String>> toB = CompletableFuture.supplyAsync(() -> slack.deliver(nodeB, event));
        assertThat(List.of(toA.get().statusCode(), toB.get().statusCode())).as("both nodes ack").containsExactly(200, 200);
        SlackStub.settle(nodeA);
        SlackStub.settle(nodeB);

        assertThat(agendaItems("Referral backlog from schools")).as("agenda items in the shared database").isEqualTo(1);
        assertThat(slack.postsMentioning("Referral backlog from schools")).as("replies posted to Slack").isEqualTo(1);

        // Slack's own retry, arriving later at the other node, changes nothing either.
        assertThat(slack.deliver(nodeB, event).statusCode()).isEqualTo(200);
        SlackStub.settle(nodeB);
        assertThat(agendaItems("Referral backlog from schools")).isEqualTo(1);
        assertThat(slack.postsMentioning("Referral backlog from schools")).isEqualTo(1);
    }

    @Test
    void aSlashCommandResentToTheOtherNodeRunsOnce() throws Exception {
        String command = slack.slashCommand("UDAN", "agenda add Transport for looked-after children");
        assertThat(slack.deliver(nodeA, command).statusCode()).isEqualTo(200);
        SlackStub.settle(nodeA);
        assertThat(slack.deliver(nodeB, command).statusCode()).as("the resent request is acked too").isEqualTo(200);
        SlackStub.settle(nodeB);

        assertThat(agendaItems("Transport for looked-after children")).isEqualTo(1);
        assertThat(slack.postsMentioning("Transport for looked-after children")).as("answers").isEqualTo(1);

        // The other node serves the same partnership: a new command there sees the item added through node A.
        slack.deliver(nodeB, slack.slashCommand("UPRIYA", "agenda"));
        SlackStub.settle(nodeB);
        assertThat(slack.postsMentioning("Transport for looked-after children")).as("the agenda, read on node B").isEqualTo(2);
    }

    private long agendaItems(String text) throws SQLException {
        try (Connection c = DriverManager.getConnection(dbUrl, "postgres", "");
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM agenda_items WHERE text = ?")) {
            s.setString(1, text);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}

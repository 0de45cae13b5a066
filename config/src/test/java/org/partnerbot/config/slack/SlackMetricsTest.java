package org.partnerbot.config.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerbot.config.Application;
import org.partnerbot.config.Settings;

/** What an operator scrapes from {@code GET /metrics} after Slack traffic: ack latency per path, rate-limit waits. */
class SlackMetricsTest {

    private static final String SECRET = "metrics-signing-secret";

    @Test
    void ackLatencyPerPathAndSlackRateLimitWaitsAreScrapedOverHttp() throws Exception {
        try (SlackStub slack = new SlackStub(SECRET);
             Application app = Application.start(new Settings(Map.of(
                     "PARTNERBOT_DB_URL", "jdbc:h2:mem:" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                     "PARTNERBOT_PORT", "0", "PARTNERBOT_MANAGEMENT_PORT", "0", "SLACK_BOT_TOKEN", "xoxb-metrics", "SLACK_SIGNING_SECRET", SECRET,
                     "SLACK_API_URL", slack.apiUrl())), false, new PrintStream(new ByteArrayOutputStream()))) {
            assertThat(slack.get(app, "/metrics").body()).doesNotContain("partnerbot_ratelimit_waits_total");

            // Slack answers the first reply with 429 (retry at once): the bot waits, retries, and the answer arrives.
            slack.failNext("response", 429, "0", "rate limited");
            assertThat(slack.deliver(app, slack.slashCommand("USAM", "setup Northside Children's Partnership")).statusCode())
                    .isEqualTo(200);
            SlackStub.settle(app);
            assertThat(slack.posts()).as("the 429, then the answer").hasSize(2);
            assertThat(slack.deliver(app, "{\"type\":\"url_verification\",\"challenge\":\"c\"}", "wrong-secret").statusCode())
                    .isEqualTo(401);
            assertThat(slack.get(app, "/healthz").statusCode()).isEqualTo(200);

            HttpResponse<String> metrics = slack.get(app, "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body())
                    .contains("partnerbot_ratelimit_waits_total{platform=\"slack\"} 1.0")
                    .contains("partnerbot_http_ack_seconds_count{path=\"/slack/events\",status=\"200\"} 1")
                    .contains("partnerbot_http_ack_seconds_count{path=\"/slack/events\",status=\"401\"} 1")
                    .contains("partnerbot_http_ack_seconds_bucket{path=\"/slack/events\",status=\"200\",le=\"+Inf\"} 1")
                    .contains("partnerbot_http_ack_seconds_count{path=\"/healthz\",status=\"200\"} 1")
                    .contains("partnerbot_commands_total{outcome=\"ok\",verb=\"setup\"} 1.0")
                    .doesNotContain("Northside");
        }
    }
}

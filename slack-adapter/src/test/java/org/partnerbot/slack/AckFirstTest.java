package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.MutableClock;
import org.partnerbot.slack.fakes.FakeSlackApi;

/** Slack gets its ack before any slow work (user lookups, the command, the answer) runs. */
class AckFirstTest {

    @Test
    void theAckDoesNotWaitForSlackLookupsOrTheCommand() throws Exception {
        try (SlackTestbed bed = new SlackTestbed()) {
            CountDownLatch slackIsSlow = bed.api.hold("users.info");
            int before = bed.api.posts().size();

            HttpResponse<String> ack = bed.command("USAM", "setup Northside");

            assertThat(ack.statusCode()).isEqualTo(200);
            assertThat(bed.api.posts()).as("nothing answered yet: the work waits behind the ack").hasSize(before);
            slackIsSlow.countDown();
            bed.settle();
            assertThat(bed.api.posts().get(before).mrkdwn()).contains("Northside is set up");
        }
    }

    @Test
    void identityComesFromUsersInfoOnceAndIsCached() throws Exception {
        try (SlackTestbed bed = new SlackTestbed()) {
            SlackDriver driver = new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND);
            driver.say("sam", "setup Northside");
            driver.say("sam", "agenda add One");
            driver.say("sam", "agenda add Two");
            assertThat(bed.api.calls("users.info").stream().filter(c -> "USAM".equals(c.param("user")))).hasSize(1);
        }
    }

    @Test
    void anEnterpriseGridCommandIsScopedToEnterpriseAndTeam() throws Exception {
        try (SlackTestbed bed = new SlackTestbed()) {
            // The SDK's fixture as Slack sends it from an Enterprise Grid workspace (enterprise_id E0001, team T0001).
            Map<String, String> form = Fixtures.form("slash_command.form.txt");
            form.put("command", "/partner");
            form.put("text", "setup Grid Partnership");
            form.put("response_url", bed.api.responseUrl("grid"));
            assertThat(bed.form(Fixtures.encode(form)).statusCode()).isEqualTo(200);
            bed.settle();
            assertThat(bed.core.transactions().inTransaction(() -> bed.core.partnerships()
                    .findByConversation("slack:E0001:T0001", "C2147483705"))).isPresent();
            assertThat(bed.core.transactions().inTransaction(() -> bed.core.partnerships()
                    .findByConversation("slack:T0001", "C2147483705"))).isEmpty();
        }
    }
}

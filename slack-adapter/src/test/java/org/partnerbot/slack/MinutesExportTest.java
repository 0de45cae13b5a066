package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerbot.slack.fakes.FakeSlackApi;

/** `minutes export` in Slack shares the minutes as a Markdown file in the channel it was asked in. */
class MinutesExportTest {

    @Test
    void theExportIsUploadedAsAFileInTheChannel() throws Exception {
        try (SlackTestbed bed = new SlackTestbed()) {
            SlackDriver driver = new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND);
            driver.say("sam", "setup Northside");
            driver.say("sam", "#startmeeting Weekly");
            driver.say("sam", "#agreed Pilot a shared panel <!channel>");
            driver.say("sam", "#endmeeting");

            List<String> answer = driver.say("sam", "minutes export");

            assertThat(String.join("\n", answer)).contains("shared as a file below");
            List<FakeSlackApi.Call> asked = bed.api.calls("files.getUploadURLExternal");
            assertThat(asked).hasSize(1);
            assertThat(asked.get(0).param("filename")).startsWith("minutes-").endsWith(".md");
            String uploaded = bed.api.calls("upload/F1").get(0).body();
            assertThat(uploaded).contains("Weekly").contains("Pilot a shared panel");
            FakeSlackApi.Call completed = bed.api.calls("files.completeUploadExternal").get(0);
            assertThat(completed.param("channel_id")).isEqualTo(SlackTestbed.CHANNEL);
        }
    }

    @Test
    void withoutTheFileScopeTheMinutesArePostedAsText() throws Exception {
        try (SlackTestbed bed = new SlackTestbed()) {
            SlackDriver driver = new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND);
            driver.say("sam", "setup Northside");
            driver.say("sam", "#startmeeting Weekly");
            driver.say("sam", "#agreed Pilot a shared panel");
            driver.say("sam", "#endmeeting");
            bed.api.failNext("files.getUploadURLExternal", 200, null, "{\"ok\":false,\"error\":\"missing_scope\"}");

            driver.say("sam", "minutes export");

            FakeSlackApi.Call posted = bed.api.calls("chat.postMessage").get(bed.api.calls("chat.postMessage").size() - 1);
            assertThat(posted.param("channel")).isEqualTo(SlackTestbed.CHANNEL);
            assertThat(posted.param("text")).contains("could not be attached").contains("Pilot a shared panel");
        }
    }
}

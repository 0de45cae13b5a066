package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Span;
import org.partnerbot.slack.fakes.FakeSlackApi;
import org.partnerbot.slack.text.IncomingText;
import org.partnerbot.slack.text.Mrkdwn;

/** Whatever people type, the bot never turns it into a live @channel, a mention, or a disguised link. */
class InjectionTest {

    @Test
    void textTypedAsMarkupIsShownLiterallyAndMentionsNobody() throws Exception {
        try (SlackTestbed bed = new SlackTestbed()) {
            SlackDriver driver = new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND);
            driver.say("sam", "setup Northside");
            // What Slack sends when someone types these characters literally: escaped by Slack's client.
            bed.command("UDAN", "agenda add &lt;!channel&gt; read &lt;https://evil.example|the NHS policy&gt; from &lt;@USAM|The Chair&gt;");
            bed.settle();
            String posted = bed.api.posts().get(bed.api.posts().size() - 1).mrkdwn();

            assertThat(posted).doesNotContain("<!channel>").doesNotContain("<https://evil").doesNotContain("<@USAM");
            assertThat(posted).contains("&lt;!channel&gt;").contains("&lt;https://evil.example|the NHS policy&gt;");
            List<String> members = bed.core.transactions().inTransaction(() -> bed.core.partnerships()
                    .findByConversation("slack:T1", SlackTestbed.CHANNEL).map(p -> bed.core.members().list(p.id())).orElseThrow())
                    .stream().map(m -> m.displayName()).toList();
            assertThat(members).containsExactlyInAnyOrder("sam", "dan");
        }
    }

    @Test
    void realSpecialMentionsAndLinksAreStoredAsReadableTextAndNeverEchoedLive() throws Exception {
        try (SlackTestbed bed = new SlackTestbed()) {
            SlackDriver driver = new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND);
            driver.say("sam", "setup Northside");
            // What Slack sends when someone really uses @channel and a formatted link.
            bed.command("UDAN", "agenda add <!channel> see <https://evil.example|trusted> & <!here>");
            bed.settle();
            String posted = bed.api.posts().get(bed.api.posts().size() - 1).mrkdwn();

            assertThat(posted).doesNotContain("<!channel>").doesNotContain("<!here>").doesNotContain("<https://evil");
            assertThat(String.join("\n", driver.say("sam", "agenda"))).contains("trusted (https://evil.example)")
                    .contains("channel").contains("&");
        }
    }

    @Test
    void renderedTextEscapesSlacksControlCharacters() {
        assertThat(Mrkdwn.escape("<!channel> & <@U1|x>")).isEqualTo("&lt;!channel&gt; &amp; &lt;@U1|x&gt;");
        Line line = Line.builder().text("owner ").person("UPRIYA", "priya").text(" <b>").build();
        assertThat(Mrkdwn.line(line)).isEqualTo("owner <@UPRIYA> &lt;b&gt;");
        assertThat(Mrkdwn.line(Line.builder().person("priya <!here>", "priya <!here>").build()))
                .as("a key that is not a Slack id is shown as escaped text").isEqualTo("priya &lt;!here&gt;");
    }

    @Test
    void timesAreSlackDatesWithThePlainFallback() {
        Line line = Line.builder().time(Instant.parse("2026-12-01T10:00:00Z"), ZoneId.of("Europe/London"), Span.TimeStyle.DATE_TIME).build();
        assertThat(Mrkdwn.line(line)).isEqualTo("<!date^1796119200^{date_short_pretty} {time}|Tue 1 Dec 2026 10:00 GMT>");
    }

    @Test
    void incomingMentionsGetTheirSlackNameAndLookAlikesAreDefused() {
        String text = IncomingText.toCommand("<@UBOT> member add <@UPRIYA|whatever> NHS &amp; Co @dan &lt;@USAM|Boss&gt; a@b.org",
                FakeSlackApi.BOT_USER, FakeSlackApi::nameOf);
        assertThat(text).startsWith("member add <@UPRIYA|priya> NHS & Co @\u2060dan <@\u2060USAM|Boss> a@b.org");
    }
}

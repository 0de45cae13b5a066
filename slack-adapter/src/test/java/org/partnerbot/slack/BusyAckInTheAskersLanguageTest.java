package org.partnerbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Language;

/**
 * "Busy" is said in the asker's language, from what the bot already knows without the database (which is what is
 * behind when it is busy): the language it last wrote to them in, their own choice included, else their cached Slack
 * locale. Real HTTP on loopback, real H2, the fake Slack Web API.
 */
class BusyAckInTheAskersLanguageTest {

    private static final String WELSH = IcuMessages.standard().text(Language.CY, "slack.ack.busy");
    private static final String ENGLISH = IcuMessages.standard().text(Language.EN, "slack.ack.busy");

    @Test
    void aWelshUserToldBusyReadsWelshAndAnEnglishUserEnglish() throws Exception {
        try (SlackTestbed bed = new SlackTestbed()) {
            bed.api.locale("UDAN", "cy-GB");
            bed.api.locale("UPRIYA", "en-GB");
            bed.api.locale("USAM", "en-GB");
            SlackDriver slack = new SlackDriver(bed, SlackDriver.Style.SLASH_COMMAND);
            slack.say("sam", "setup Northside");
            slack.say("dan", "help"); // Welsh, from his Slack locale
            slack.say("priya", "iaith cy"); // her Slack is English; she chose Welsh

            bed.core.inbox().limit(1);
            CountDownLatch slow = bed.api.hold("users.info");
            try {
                assertThat(bed.command("UNEW1", "agenda add First").statusCode()).isEqualTo(200); // its work waits on Slack
                Thread.sleep(300); // the backlog is counted at most every quarter second
                assertThat(bed.command("UDAN", "agenda add Second").body()).contains(WELSH).doesNotContain(ENGLISH);
                assertThat(bed.command("UPRIYA", "agenda add Third").body()).as("her choice, known at once")
                        .contains(WELSH);
                assertThat(bed.command("USAM", "agenda add Fourth").body()).contains(ENGLISH).doesNotContain(WELSH);
            } finally {
                slow.countDown();
            }
            bed.settle();
            bed.core.inbox().limit(2000);
        }
    }
}

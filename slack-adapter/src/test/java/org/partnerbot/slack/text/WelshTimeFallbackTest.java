package org.partnerbot.slack.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.reply.Span;

/**
 * Slack shows a {@code <!date>} token in each reader's own locale and zone; where it cannot (notifications, old
 * clients) it shows the fallback, which is written in the language of the line the time sits in.
 */
class WelshTimeFallbackTest {

    private static final Instant THURSDAY_TEN = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aTimeInAWelshLineFallsBackToWelshDayAndMonthNames() {
        String welsh = Mrkdwn.time(new Span.Time(THURSDAY_TEN, ZoneId.of("Europe/London"), Span.TimeStyle.DATE_TIME, "cy"));
        assertThat(welsh).startsWith("<!date^" + THURSDAY_TEN.getEpochSecond() + "^").endsWith("|Iau 3 Rhag 2026 10:00 GMT>");
        String english = Mrkdwn.time(new Span.Time(THURSDAY_TEN, ZoneId.of("Europe/London"), Span.TimeStyle.DATE_TIME));
        assertThat(english).endsWith("|Thu 3 Dec 2026 10:00 GMT>");
    }
}

package org.partnerbot.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.i18n.Texts;

/** Where a platform cannot show each reader a time their own way (the console), a Welsh line writes it in Welsh. */
class PlainTextTimesTest {

    private static final Instant THURSDAY_TEN = Instant.parse("2026-12-03T10:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aTimeInAWelshLineHasWelshDayAndMonthNames() {
        Texts cy = IcuMessages.standard().in(Language.CY);
        Texts en = IcuMessages.standard().in(Language.EN);
        assertThat(cy.time(THURSDAY_TEN, LONDON, Span.TimeStyle.DATE_TIME).plain()).isEqualTo("Iau 3 Rhag 2026 10:00 GMT");
        assertThat(cy.time(THURSDAY_TEN, LONDON, Span.TimeStyle.DATE).plain()).isEqualTo("Iau 3 Rhag 2026");
        assertThat(en.time(THURSDAY_TEN, LONDON, Span.TimeStyle.DATE_TIME).plain()).isEqualTo("Thu 3 Dec 2026 10:00 GMT");
        assertThat(Line.builder().time(THURSDAY_TEN, LONDON, Span.TimeStyle.DATE_TIME).build().plain())
                .as("a time nobody wrote a language for reads English").isEqualTo("Thu 3 Dec 2026 10:00 GMT");
        assertThat(cy.t("schedule.nextWithCall", "A", "B")).isEqualTo("Nesaf: A; galwad agenda B.");
        assertThat(cy.weekday(java.time.DayOfWeek.THURSDAY)).isEqualTo("Dydd Iau");
    }
}

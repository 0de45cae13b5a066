package org.partnerbot.core.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.testing.CoreDriver;
import org.partnerbot.core.testing.TestDatabases;
import org.partnerbot.core.wiring.CoreModule;

/** Help's command lines are written once per language and kept: each reader still gets their own language's. */
class HelpLinesTest {

    @Test
    void keptLinesAreEachReadersOwnLanguage() {
        String englishSummary = IcuMessages.standard().in(Language.EN).t("summary.agenda.add");
        String welshSummary = IcuMessages.standard().in(Language.CY).t("summary.agenda.add");
        assertThat(welshSummary).isNotEqualTo(englishSummary);
        try (CoreDriver driver = new CoreDriver(new CoreModule(TestDatabases.inMemory(), Clock.systemUTC()), "test", "C-test")) {
            driver.say("sam", "setup Northside");
            String english = String.join("\n", driver.say("sam", "help"));
            driver.say("dan", "language cy");
            String welsh = String.join("\n", driver.say("dan", "help"));
            String englishAgain = String.join("\n", driver.say("sam", "help"));
            assertThat(english).contains(englishSummary).doesNotContain(welshSummary);
            assertThat(welsh).contains(welshSummary).doesNotContain(englishSummary);
            assertThat(englishAgain).isEqualTo(english);
        }
    }
}

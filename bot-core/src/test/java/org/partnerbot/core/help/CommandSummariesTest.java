package org.partnerbot.core.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.testing.AssemblyDriver;

/** Every command's summary is in both bundles, and an English one written in the spec reads exactly as written. */
class CommandSummariesTest {

    private final IcuMessages messages = IcuMessages.standard();

    @Test
    void everySummaryHasItsWelsh() {
        List<String> missing = new ArrayList<>();
        List<String> drifted = new ArrayList<>();
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 1)) {
            for (CommandSpec spec : driver.core().bot().catalog().all()) {
                String key = messages.has(Language.EN, spec.summary()) ? spec.summary() : spec.summaryKey();
                if (!messages.has(Language.EN, key) || !messages.has(Language.CY, key)) {
                    missing.add(key + " = " + spec.summary());
                } else if (!key.equals(spec.summary()) && !messages.text(Language.EN, key).equals(spec.summary())) {
                    drifted.add(key + " = " + spec.summary());
                }
            }
        }
        assertThat(missing).as("summaries without both bundle entries").isEmpty();
        assertThat(drifted).as("English bundle entries that differ from the spec's words").isEmpty();
    }
}

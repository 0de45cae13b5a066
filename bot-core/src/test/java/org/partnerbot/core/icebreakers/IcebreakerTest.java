package org.partnerbot.core.icebreakers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.testing.AssemblyDriver;

import static org.assertj.core.api.Assertions.assertThat;

class IcebreakerTest {

    private static final String PREFIX = "Icebreaker (one minute each, one person per agency): ";

    @Test
    void theBankHasAtLeastFortyDistinctQuestions() {
        assertThat(IcebreakerBank.QUESTIONS).hasSizeGreaterThanOrEqualTo(40).doesNotHaveDuplicates()
                .allSatisfy(q -> assertThat(q).endsWith("?"));
    }

    @Test
    void noQuestionRepeatsUntilTheWholeBankIsUsedThenANewCycleBegins() {
        try (AssemblyDriver driver = new AssemblyDriver("2026-11-27T09:00:00Z", 1)) {
            driver.say("sam", "setup Northside");
            driver.say("sam", "icebreaker add What do you wish we knew about your weekends on call?");
            int bank = IcebreakerBank.QUESTIONS.size() + 1;
            List<String> asked = new ArrayList<>();
            for (int meeting = 0; meeting < bank + 1; meeting++) {
                List<String> start = driver.say("sam", "#startmeeting");
                start.stream().filter(l -> l.startsWith(PREFIX)).map(l -> l.substring(PREFIX.length())).forEach(asked::add);
                driver.say("sam", "#endmeeting");
            }
            assertThat(asked).hasSize(bank + 1);
            assertThat(asked.get(0)).isEqualTo("What do you wish we knew about your weekends on call?");
            assertThat(new HashSet<>(asked.subList(0, bank))).hasSize(bank);
            assertThat(asked.subList(0, bank)).contains(asked.get(bank));
        }
    }

    @Test
    void eachPartnershipHasItsOwnOrder() {
        assertThat(IcebreakerPicker.bankOrder(1)).isNotEqualTo(IcebreakerPicker.bankOrder(2));
        assertThat(IcebreakerPicker.bankOrder(1)).isEqualTo(IcebreakerPicker.bankOrder(1));
    }
}

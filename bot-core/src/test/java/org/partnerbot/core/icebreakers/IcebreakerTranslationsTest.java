package org.partnerbot.core.icebreakers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Language;

/** Every built-in question has its Welsh, and the English bundle says exactly what the bank says, in the same place. */
class IcebreakerTranslationsTest {

    private final IcuMessages messages = IcuMessages.standard();

    @Test
    void everyBankQuestionIsInBothLanguagesAtItsPlace() {
        for (int i = 0; i < IcebreakerBank.QUESTIONS.size(); i++) {
            String key = "icebreaker.question." + i;
            assertThat(messages.text(Language.EN, key)).as(key).isEqualTo(IcebreakerBank.QUESTIONS.get(i));
            assertThat(messages.text(Language.CY, key)).as(key).isNotBlank().isNotEqualTo(IcebreakerBank.QUESTIONS.get(i));
        }
        assertThat(messages.has(Language.EN, "icebreaker.question." + IcebreakerBank.QUESTIONS.size())).isFalse();
    }
}

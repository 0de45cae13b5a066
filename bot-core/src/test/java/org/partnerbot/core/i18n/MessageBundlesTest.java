package org.partnerbot.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private final IcuMessages messages = IcuMessages.standard();

    @Test
    void everyKeyIsInBothBundles() {
        Set<String> en = messages.keys(Language.EN);
        Set<String> cy = messages.keys(Language.CY);
        assertThat(new TreeSet<>(cy)).as("keys in English only").containsAll(en);
        assertThat(new TreeSet<>(en)).as("keys in Welsh only").containsAll(cy);
    }

    /**
     * A key written twice keeps only its last text, silently: two capabilities' blocks (or two merges of them) that
     * both define one would show one of them the other's words.
     */
    @Test
    void noKeyIsWrittenTwiceInABundle() throws java.io.IOException {
        for (String bundle : List.of("i18n/messages_en.properties", "i18n/messages_cy.properties")) {
            Set<String> twice = new TreeSet<>();
            java.util.Properties p = new java.util.Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (containsKey(key)) {
                        twice.add(String.valueOf(key));
                    }
                    return super.put(key, value);
                }
            };
            try (var in = new java.io.InputStreamReader(getClass().getClassLoader().getResourceAsStream(bundle),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                p.load(in);
            }
            assertThat(twice).as("keys written twice in " + bundle).isEmpty();
        }
    }

    @Test
    void everyMessageTakesTheSameArgumentsInBothLanguages() {
        List<String> differing = new ArrayList<>();
        for (String key : messages.keys(Language.EN)) {
            if (messages.has(Language.CY, key)
                    && !arguments(messages.pattern(Language.EN, key)).equals(arguments(messages.pattern(Language.CY, key)))) {
                differing.add(key);
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void everyPatternParses() {
        for (Language l : Language.values()) {
            for (String key : messages.keys(l)) {
                new MessagePattern(messages.pattern(l, key));
            }
        }
    }

    @Test
    void welshPluralsFollowCldrSixForms() {
        // zero, one, two, few (3), many (6), other: the test message exists only for this check.
        assertThat(List.of(0, 1, 2, 3, 6, 7).stream().map(n -> messages.text(Language.CY, "i18n.agencies", n)).toList())
                .containsExactly("dim asiantaethau", "1 asiantaeth", "2 asiantaeth", "3 asiantaeth", "6 asiantaeth",
                        "7 o asiantaethau");
        assertThat(List.of(0, 1, 2, 1000).stream().map(n -> messages.text(Language.EN, "i18n.agencies", n)).toList())
                .containsExactly("0 agencies", "1 agency", "2 agencies", "1,000 agencies");
    }

    @Test
    void datesHaveWelshDayAndMonthNames() {
        LocalDate thursday = LocalDate.of(2026, 12, 3);
        assertThat(messages.date(Language.CY, thursday)).isEqualTo("Dydd Iau 3 Rhagfyr 2026");
        assertThat(messages.date(Language.EN, thursday)).isEqualTo("Thursday 3 December 2026");
    }

    @Test
    void anUnknownKeyIsAProgrammingError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> messages.text(Language.EN, "no.such.key"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void platformLocalesPickTheLanguage() {
        assertThat(Language.ofLocale("cy-GB")).contains(Language.CY);
        assertThat(Language.ofLocale("cy")).contains(Language.CY);
        assertThat(Language.ofLocale("en-US")).contains(Language.EN);
        assertThat(Language.ofLocale("fr-FR")).contains(Language.EN);
        assertThat(Language.ofLocale(null)).isEmpty();
        assertThat(LanguagePolicy.parse("dwyieithog")).contains(LanguagePolicy.BILINGUAL);
        assertThat(LanguagePolicy.BILINGUAL.languages()).containsExactly(Language.CY, Language.EN);
    }

    /** The argument names a pattern uses, at any depth (plural branches included). */
    private static Set<String> arguments(String pattern) {
        MessagePattern mp = new MessagePattern(pattern);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < mp.countParts(); i++) {
            MessagePattern.Part part = mp.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME || part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                names.add(mp.getSubstring(part));
            }
        }
        return names;
    }
}

package org.partnerbot.core.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.testing.BothLanguages;
import org.partnerbot.core.testing.RecordingMessages;
import org.partnerbot.core.testing.RecordingMessages.Used;
import org.partnerbot.core.testing.Scenario;
import org.partnerbot.core.testing.WelshVerbs;

/** The checks of a scenario's Welsh run fail where a Welsh reader would not get the same conversation. */
class WelshRunChecksTest {

    private static final List<Used> SET_UP = List.of(new Used("partnership.setup.heading", List.of()),
            new Used("partnership.setup.firstAdmin", List.of()));

    private static List<String> setUp(Language language) {
        IcuMessages m = IcuMessages.standard();
        return List.of(m.text(language, "partnership.setup.heading", "Northside"),
                m.text(language, "partnership.setup.firstAdmin", "sam"));
    }

    @Test
    void theSameMessagesInWelshPass() {
        BothLanguages.check("setup", setUp(Language.EN), SET_UP, setUp(Language.CY), SET_UP, "setup Northside");
    }

    @Test
    void anEnglishReplyInTheWelshRunFails() {
        assertThatThrownBy(() -> BothLanguages.check("setup", setUp(Language.EN), SET_UP, setUp(Language.EN), SET_UP,
                "setup Northside")).isInstanceOf(AssertionError.class).hasMessageContaining("English words in the Welsh run")
                .hasMessageContaining("is set up in this conversation");
    }

    @Test
    void aWelshReplyMissingAMessageFails() {
        assertThatThrownBy(() -> BothLanguages.check("setup", setUp(Language.EN), SET_UP, setUp(Language.CY).subList(0, 1),
                SET_UP.subList(0, 1), "setup Northside")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("the same messages in Welsh");
    }

    @Test
    void aDifferentCountFails() {
        List<Used> three = List.of(new Used("partnership.agency.added", List.of("3", "3")));
        List<Used> two = List.of(new Used("partnership.agency.added", List.of("2", "1")));
        assertThatThrownBy(() -> BothLanguages.check("agency add", List.of("x"), three, List.of("y"), two, ""))
                .isInstanceOf(AssertionError.class).hasMessageContaining("the same messages in Welsh");
    }

    @Test
    void aWelshRunSilentWhereTheEnglishAnswersFails() {
        assertThatThrownBy(() -> BothLanguages.check("setup", setUp(Language.EN), SET_UP, List.of(), SET_UP, ""))
                .isInstanceOf(AssertionError.class).hasMessageContaining("silent exactly when");
    }

    @Test
    void englishWordsPeopleTypedAreTheirsNotALeak() {
        // "is set up in this conversation" typed by someone as an agenda item, then shown back to a Welsh reader.
        List<String> welsh = List.of("Eitem agenda 1: is set up in this conversation");
        List<Used> used = List.of(new Used("agenda.added", List.of("1")));
        BothLanguages.check("agenda add", List.of("Agenda item 1"), used, welsh, used,
                "agenda add is set up in this conversation");
    }

    @Test
    void aTwinThatSaysNothingWelshFails() {
        Scenario scenario = Scenario.parse("one-line.txt", "sam: setup Northside\n  > is set up\n");
        List<String> english = setUp(Language.EN);
        assertThatThrownBy(() -> BothLanguages.run(scenario, (speaker, text) -> english, new RecordingMessages(),
                (speaker, text) -> List.of("Northside"), new RecordingMessages()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Welsh words in the Welsh run of one-line.txt");
    }

    @Test
    void theRecorderKeepsKeysAndNumbers() {
        RecordingMessages m = new RecordingMessages();
        m.text(Language.CY, "partnership.agency.added", "Police", 3, 3);
        assertThat(m.drain()).containsExactly(new Used("partnership.agency.added", List.of("3", "3")));
        assertThat(m.drain()).isEmpty();
    }

    @Test
    void commandsAreTypedWithTheirWelshWords() {
        assertThat(WelshVerbs.of("actions mine")).isEqualTo("fy nghamau");
        assertThat(WelshVerbs.of("action take 2")).isEqualTo("cam cymryd 2");
        assertThat(WelshVerbs.of("#action @dan share the list")).isEqualTo("#cam @dan share the list");
        assertThat(WelshVerbs.of("Agenda add Referrals")).isEqualTo("agenda ychwanegu Referrals");
        assertThat(WelshVerbs.of("we have 14 open referrals")).isEqualTo("we have 14 open referrals");
        assertThat(WelshVerbs.of("actionsmine")).isEqualTo("actionsmine");
    }
}

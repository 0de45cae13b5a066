package org.partnerbot.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.i18n.Messages;
import org.partnerbot.core.wiring.CoreModule;

/**
 * One scenario said in English and in Welsh in lockstep, by two drivers of the same kind on the same start, clock
 * steps and seeds. The English run is checked against the scenario's expectations as ever; the Welsh one must mean
 * the same at every line: silent exactly when the English one is, written with the same messages (keys and numbers)
 * in the same order, and with no fixed English words from the bundles.
 */
public final class BothLanguages {

    private static final LanguageLeaks ENGLISH = LanguageLeaks.ofEveryMessage(Language.EN, Language.CY);
    private static final LanguageLeaks WELSH = LanguageLeaks.ofEveryMessage(Language.CY, Language.EN);

    /** What only a Welsh reader gets, by design: Welsh help names each command's English words too ("hefyd `setup`"). */
    private static final java.util.Set<String> WELSH_ONLY = java.util.Set.of("help.also");

    private BothLanguages() {
    }

    /** A driver opened for one of the two runs, the core behind it, and what closes them. */
    public record Opened(ConversationDriver driver, CoreModule core, AutoCloseable resources) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            resources.close();
        }
    }

    /** Opens a driver of one kind writing with {@code messages}, its people reading Welsh when {@code welsh}. */
    @FunctionalInterface
    public interface Opener {
        Opened open(Messages messages, boolean welsh) throws Exception;
    }

    /**
     * The scenario through a driver of one kind: checked against its expectations in English, and where it runs in
     * Welsh too ({@link ScenarioFile#inWelshToo}) said in lockstep to a Welsh twin that must mean the same.
     */
    public static void run(ScenarioFile file, Opener opener) throws Exception {
        RecordingMessages english = new RecordingMessages();
        try (Opened en = opener.open(english, false)) {
            if (!file.inWelshToo()) {
                file.scenario().runAgainst(en.driver());
                return;
            }
            RecordingMessages welsh = new RecordingMessages();
            try (Opened cy = opener.open(welsh, true)) {
                run(file.scenario(), en.driver(), english, new WelshTwin(cy.driver(), cy.core()), welsh);
            }
        }
    }

    /**
     * @param english        the driver checked against the expectations, writing with {@code englishWords}
     * @param welsh          its Welsh twin ({@link WelshTwin}), writing with {@code welshWords}
     */
    public static void run(Scenario scenario, ConversationDriver english, RecordingMessages englishWords,
                           ConversationDriver welsh, RecordingMessages welshWords) {
        // Whatever the drivers wrote while being built is not a line's.
        englishWords.drain();
        welshWords.drain();
        String typed = scenario.typed();
        List<String> failures = new java.util.ArrayList<>();
        List<String> allWelsh = new java.util.ArrayList<>();
        scenario.runAgainst(english, (where, speaker, text, answer) -> {
            List<RecordingMessages.Used> used = englishWords.drain();
            List<String> inWelsh = welsh.say(speaker, text);
            allWelsh.addAll(inWelsh);
            try {
                check(where, answer, used, inWelsh, welshWords.drain(), typed);
            } catch (AssertionError e) {
                // Every line that differs, not just the first: one run shows all a Welsh reader would miss.
                failures.add(e.getMessage());
            }
        });
        // A twin that never got its platform to say "Welsh" would pass the checks above by saying nothing Welsh.
        assertThat(WELSH.foundInLines(allWelsh, "")).as("Welsh words in the Welsh run of " + scenario.name()).isNotEmpty();
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " line(s) of " + scenario.name()
                    + " do not mean the same in Welsh:\n\n" + String.join("\n\n", failures));
        }
    }

    /** The Welsh answer to one line means what the English one does (see the class); {@code typed} is people's words. */
    public static void check(String where, List<String> english, List<RecordingMessages.Used> englishUsed,
                             List<String> welsh, List<RecordingMessages.Used> welshUsed, String typed) {
        String both = where + "\nEnglish:\n" + String.join("\n", english) + "\nWelsh:\n" + String.join("\n", welsh);
        assertThat(welsh.isEmpty()).as("Welsh run silent exactly when the English one is, at " + both)
                .isEqualTo(english.isEmpty());
        assertThat(welshUsed.stream().filter(u -> !WELSH_ONLY.contains(u.key())).toList())
                .as("the same messages in Welsh, at " + both).isEqualTo(englishUsed);
        assertThat(ENGLISH.foundInLines(welsh, typed)).as("English words in the Welsh run, at " + both).isEmpty();
    }
}

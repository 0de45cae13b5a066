package org.partnerbot.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A conversation written as the console shows it, run against any {@link ConversationDriver}.
 * <pre>
 * // comment
 * sam: setup Northside Partnership      (a line said by sam)
 *   > is set up                          (the answer contains this text)
 *   !> UNASSIGNED                        (the answer does not contain this text)
 *   (silent)                             (the bot says nothing)
 *   > @cy:help.commands                  (contains that message, in that language; arguments follow `|`)
 * </pre>
 * A message looked up by key is the assertion about meaning: it holds whatever its words become in the bundle.
 * {@link BothLanguages} says the same lines to a Welsh twin and checks it means the same.
 */
public final class Scenario {

    private record Step(int lineNumber, String speaker, String text, List<String> expectations) {
    }

    private final String name;
    private final List<Step> steps;

    private Scenario(String name, List<Step> steps) {
        this.name = name;
        this.steps = steps;
    }

    public static Scenario load(String resource) {
        try (InputStream in = Scenario.class.getResourceAsStream("/scenarios/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no scenario " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Scenario parse(String name, String text) {
        List<Step> steps = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            if (line.startsWith(" ")) {
                if (steps.isEmpty()) {
                    throw new IllegalArgumentException(name + ":" + (i + 1) + ": expectation before any input");
                }
                steps.get(steps.size() - 1).expectations().add(trimmed);
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon < 1) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected `name: text`");
            }
            steps.add(new Step(i + 1, line.substring(0, colon), line.substring(colon + 2), new ArrayList<>()));
        }
        return new Scenario(name, steps);
    }

    /** The text itself, or for {@code @cy:key|arg|…} that message in that language. */
    private static String expected(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^@(en|cy):([\\w.]+)((?:\\|[^|]*)*)$").matcher(text);
        if (!m.matches()) {
            return text;
        }
        org.partnerbot.core.i18n.Language language = org.partnerbot.core.i18n.Language.parse(m.group(1)).orElseThrow();
        Object[] args = m.group(3).isEmpty() ? new Object[0] : m.group(3).substring(1).split("\\|", -1);
        return org.partnerbot.core.i18n.IcuMessages.standard().text(language, m.group(2), args);
    }

    /** Names of everyone who speaks, in order of first appearance (drivers may need to create them). */
    public List<String> speakers() {
        return steps.stream().map(Step::speaker).distinct().toList();
    }

    public String name() {
        return name;
    }

    /** Everything people say in the scenario, one line each: their words, not the bot's. */
    public String typed() {
        return String.join("\n", steps.stream().map(Step::text).toList());
    }

    /** What else is done with each line once it was said and its answer checked (a twin run, {@link BothLanguages}). */
    public interface Follower {
        /** @param where the scenario's name and line, for a failure's message */
        void follow(String where, String speaker, String text, List<String> answer);
    }

    public void runAgainst(ConversationDriver driver) {
        runAgainst(driver, (where, speaker, text, answer) -> {
        });
    }

    /** Says each line to {@code driver}, checks its answer against the expectations, then hands it to {@code follower}. */
    public void runAgainst(ConversationDriver driver, Follower follower) {
        for (Step step : steps) {
            List<String> answer = driver.say(step.speaker(), step.text());
            String all = String.join("\n", answer);
            String at = name + ":" + step.lineNumber() + " `" + step.speaker() + ": " + step.text() + "`";
            String where = at + " answered:\n" + all;
            for (String expectation : step.expectations()) {
                if (expectation.equals("(silent)")) {
                    assertThat(answer).as(where).isEmpty();
                } else if (expectation.startsWith("!> ")) {
                    assertThat(all).as(where).doesNotContain(expected(expectation.substring(3)));
                } else if (expectation.startsWith("> ")) {
                    assertThat(all).as(where).contains(expected(expectation.substring(2)));
                } else {
                    throw new IllegalArgumentException(where + ": unknown expectation " + expectation);
                }
            }
            follower.follow(at, step.speaker(), step.text(), answer);
        }
    }
}

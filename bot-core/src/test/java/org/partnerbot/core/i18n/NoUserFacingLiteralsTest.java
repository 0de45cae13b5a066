package org.partnerbot.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * User-facing words live in the bundles: a reply-building file of the core may not write English in a string literal.
 * Files not yet moved are listed below; the list only shrinks — a listed file with no literal left fails too, so
 * whoever converts one takes it off, and any new file with a literal fails at once.
 */
class NoUserFacingLiteralsTest {

    private static final Path CORE = Path.of("src/main/java/org/partnerbot/core");

    /** Still to convert, relative to {@code org/partnerbot/core}: none left; a file put here must be converted later. */
    static final Set<String> NOT_YET_CONVERTED = Set.of();

    /** Two words of letters in a literal: prose, not a key ({@code help.kudos}), a format or a SQL fragment. */
    private static final Pattern PROSE = Pattern.compile("\\p{L}{2,}[ ,;:!?’'-]+\\p{L}{2,}");
    /** The grammar's English words (e.g. {@code "actions mine"}), which are no prose: the keys of the Welsh verbs. */
    private static final java.util.Properties COMMAND_WORDS = new java.util.Properties();

    static {
        try (var in = NoUserFacingLiteralsTest.class.getClassLoader().getResourceAsStream("i18n/verbs_cy.properties")) {
            COMMAND_WORDS.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void noReplyBuildingFileWritesEnglishOutsideTheBundles() throws IOException {
        List<String> offenders = new ArrayList<>();
        Set<String> withLiterals = new TreeSet<>();
        for (Path file : replyBuildingFiles()) {
            String name = CORE.relativize(file).toString().replace('\\', '/');
            List<String> found = literals(file);
            if (!found.isEmpty()) {
                withLiterals.add(name);
                if (!NOT_YET_CONVERTED.contains(name)) {
                    found.forEach(l -> offenders.add(name + ": " + l));
                }
            }
        }
        assertThat(offenders).as("user-facing literals: put them in i18n/messages_en.properties and messages_cy.properties")
                .isEmpty();
        assertThat(new TreeSet<>(NOT_YET_CONVERTED)).as("converted files still on the not-yet-converted list: take them off")
                .isSubsetOf(withLiterals);
    }

    private static List<Path> replyBuildingFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CORE)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !CORE.relativize(p).toString().startsWith("store"))
                    .filter(p -> !CORE.relativize(p).toString().startsWith("wiring"))
                    .filter(p -> !CORE.relativize(p).toString().startsWith("i18n"))
                    .filter(NoUserFacingLiteralsTest::buildsReplies)
                    .sorted().toList();
        }
    }

    private static boolean buildsReplies(Path p) {
        try {
            String s = Files.readString(p);
            return s.contains("Reply") || s.contains("UserError") || s.contains("Line.");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The prose literals of a file, leaving out comments, log lines, programming errors, the grammar's own words and
     * English help summaries (both bundles carry those: {@code CommandSummariesTest}).
     */
    static List<String> literals(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String code = line.strip();
            if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*") || code.startsWith("@")
                    || code.contains("log.") || code.contains("IllegalArgumentException(")
                    || code.contains("IllegalStateException(") || code.contains(".does(\"") || code.contains("command(\"")) {
                continue;
            }
            Matcher m = LITERAL.matcher(code);
            while (m.find()) {
                if (PROSE.matcher(m.group(1)).find() && !COMMAND_WORDS.containsKey(m.group(1).strip())) {
                    out.add(m.group());
                }
            }
        }
        return out;
    }
}

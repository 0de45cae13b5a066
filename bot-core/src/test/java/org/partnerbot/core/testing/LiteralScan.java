package org.partnerbot.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one scanner behind every module's "no user-facing English in Java" test: user-facing words live in the message
 * bundles, so a source file may neither write prose in a string literal nor render with a fixed English language
 * ({@code Language.EN}, {@code Locale.ENGLISH}/{@code UK}/{@code US}, {@code Readers.english()}) instead of its
 * reader's. What may stay is named exactly, each with its reason: a whole file for an operator (settings, start-up),
 * one literal of a file (a protocol body a machine reads), one fixed-English expression of a file (the last fallback,
 * the English half of a bilingual post). An allowance nothing needs any more fails too, so the lists only shrink.
 */
public final class LiteralScan {

    /** Two words of letters in a literal: prose, not a key ({@code help.kudos}), a format or a SQL fragment. */
    private static final Pattern PROSE = Pattern.compile("\\p{L}{2,}[ ,;:!?’'-]+\\p{L}{2,}");
    /** Header names, scopes, media types and keys ({@code Retry-After}, {@code chat:write}) are one token, no prose. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_./:+=*-]+(; ?charset=[\\w-]+)?");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern FIXED_ENGLISH = Pattern.compile(
            "\\bLanguage\\.EN\\b|\\bLocale\\.(?:ENGLISH|UK|US)\\b|\\bReaders\\.english\\(\\)");
    /**
     * A statement that writes for a developer or an operator, never a chat reader: logs, exceptions (programming errors,
     * delivery failures, settings refused at start-up), the grammar's own words. The whole statement is passed over.
     */
    private static final Pattern NOT_FOR_READERS = Pattern.compile(
            "\\blog\\.|Exception\\(|\\.does\\(\"|command\\(\"|Thread\\(");
    /** The grammar's English words (e.g. {@code "actions mine"}), which are no prose: the keys of the Welsh verbs. */
    private static final Properties COMMAND_WORDS = commandWords();

    private final Path root;
    private final List<String> skipped = new ArrayList<>();
    private final Map<String, String> exemptFiles = new LinkedHashMap<>();
    private final Map<String, String> allowedLiterals = new LinkedHashMap<>();
    private final Map<String, String> allowedEnglish = new LinkedHashMap<>();

    private LiteralScan(Path root) {
        this.root = root;
    }

    /** @param root a module's source root of one package tree, e.g. {@code src/main/java/org/partnerbot/slack} */
    public static LiteralScan of(Path root) {
        return new LiteralScan(root);
    }

    /** Folders (relative to the root) not scanned at all, e.g. the persistence layer, which writes SQL. */
    public LiteralScan skipping(String... folders) {
        skipped.addAll(List.of(folders));
        return this;
    }

    /** A file read only by an operator (settings checks, start-up): its literals may stay English. */
    public LiteralScan exemptingFile(String file, String why) {
        exemptFiles.put(file, why);
        return this;
    }

    /** One literal of one file that may stay English, exactly as written in the source (quotes included). */
    public LiteralScan allowingLiteral(String file, String literal, String why) {
        allowedLiterals.put(file + ": " + literal, why);
        return this;
    }

    /** One fixed-English expression of one file that may stay, as it stands on its line. */
    public LiteralScan allowingFixedEnglish(String file, String expression, String why) {
        allowedEnglish.put(file + ": " + expression, why);
        return this;
    }

    /** Fails naming every literal and fixed-English call not allowed, and every allowance no longer needed. */
    public void assertClean() {
        Findings f = findings();
        assertThat(f.literals).as("user-facing literals: put them in i18n/messages_en.properties and messages_cy.properties")
                .isEmpty();
        assertThat(f.english).as("fixed-English rendering: write in the reader's language (Readers), or allow it here with why")
                .isEmpty();
        assertThat(f.unused).as("allowances nothing needs any more: take them off").isEmpty();
    }

    Findings findings() {
        Findings f = new Findings();
        Set<String> usedAllowances = new TreeSet<>();
        Set<String> seenFiles = new TreeSet<>();
        for (Path file : files()) {
            String name = root.relativize(file).toString().replace('\\', '/');
            String source = read(file);
            seenFiles.add(name);
            if (!exemptFiles.containsKey(name)) {
                for (String literal : literals(source)) {
                    String entry = name + ": " + literal;
                    if (allowedLiterals.containsKey(entry)) {
                        usedAllowances.add(entry);
                    } else {
                        f.literals.add(entry);
                    }
                }
            }
            for (String line : fixedEnglish(source)) {
                String allowed = allowedEnglish.keySet().stream()
                        .filter(k -> k.startsWith(name + ": ") && line.contains(k.substring(name.length() + 2)))
                        .findFirst().orElse(null);
                if (allowed != null) {
                    usedAllowances.add(allowed);
                } else {
                    f.english.add(name + ": " + line);
                }
            }
        }
        exemptFiles.keySet().stream().filter(n -> !seenFiles.contains(n)).forEach(n -> f.unused.add("file " + n));
        Stream.concat(allowedLiterals.keySet().stream(), allowedEnglish.keySet().stream())
                .filter(k -> !usedAllowances.contains(k)).forEach(f.unused::add);
        return f;
    }

    static final class Findings {
        final List<String> literals = new ArrayList<>();
        final List<String> english = new ArrayList<>();
        final List<String> unused = new ArrayList<>();
    }

    private List<Path> files() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> skipped.stream().noneMatch(s -> root.relativize(p).toString().replace('\\', '/').startsWith(s + "/")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The prose literals of a source, leaving out comments, statements for developers and operators (logs, exceptions),
     * the grammar's own words and English help summaries (both bundles carry those: {@code CommandSummariesTest}).
     */
    public static List<String> literals(String source) {
        List<String> out = new ArrayList<>();
        boolean passingOver = false;
        for (String line : source.split("\n")) {
            String code = line.strip();
            if (comment(code)) {
                continue;
            }
            if (passingOver || NOT_FOR_READERS.matcher(code).find()) {
                passingOver = !endsStatement(code);
                continue;
            }
            Matcher m = LITERAL.matcher(code);
            while (m.find()) {
                String text = m.group(1);
                if (PROSE.matcher(text).find() && !TOKEN.matcher(text).matches()
                        && !COMMAND_WORDS.containsKey(text.strip())) {
                    out.add(m.group());
                }
            }
        }
        return out;
    }

    /** The code lines (stripped) that render with a fixed English language. */
    public static List<String> fixedEnglish(String source) {
        List<String> out = new ArrayList<>();
        for (String line : source.split("\n")) {
            String code = line.strip();
            if (!comment(code) && FIXED_ENGLISH.matcher(code).find()) {
                out.add(code);
            }
        }
        return out;
    }

    private static boolean comment(String code) {
        return code.startsWith("*") || code.startsWith("//") || code.startsWith("/*") || code.startsWith("@");
    }

    private static boolean endsStatement(String code) {
        return code.endsWith(";") || code.endsWith("{") || code.endsWith("}");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties commandWords() {
        Properties words = new Properties();
        try (var in = LiteralScan.class.getClassLoader().getResourceAsStream("i18n/verbs_cy.properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}

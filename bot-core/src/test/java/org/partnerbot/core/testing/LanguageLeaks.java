package org.partnerbot.core.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerbot.core.i18n.IcuMessages;
import org.partnerbot.core.i18n.Language;

/**
 * Finds the words of one language's bundle on a page meant for the other: every fixed stretch of text of a message
 * (what is left between its arguments) whose translation differs, matched as whole words in what a reader sees or a
 * screen reader says (text, alt, title and aria-label). A message of one word counts where it is all an element says
 * (a label, a cell, a legend): inside a sentence it could be a word people wrote (a purpose "across agencies"). A
 * single word between arguments ("for", "of") is left out for the same reason. Shared by the dashboard's Welsh test
 * (pages) and the scenarios' Welsh runs (chat lines).
 */
public final class LanguageLeaks {

    /** The messages the dashboard's pages are written with: their own, the minutes' and the actions' statuses. */
    private static final List<String> DASHBOARD = List.of("dashboard.", "record.minutes.", "record.action.status.");
    private static final Pattern ATTRIBUTE = Pattern.compile("(?:alt|title|aria-label)=\"([^\"]*)\"");

    /**
     * The English grammar's words (the keys of the Welsh verbs): valid in both languages, and Welsh help names them
     * beside the Welsh verbs, so a message that is only a command ("actions mine") is no English prose.
     */
    private static final Set<String> ENGLISH_COMMANDS = englishCommands();

    private final List<String> fragments;

    private static Set<String> englishCommands() {
        java.util.Properties verbs = new java.util.Properties();
        try (var in = LanguageLeaks.class.getClassLoader().getResourceAsStream("i18n/verbs_cy.properties")) {
            verbs.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return verbs.stringPropertyNames();
    }

    private LanguageLeaks(List<String> fragments) {
        this.fragments = fragments;
    }

    /** The fixed words of {@code language}'s dashboard messages that read differently in {@code other}. */
    public static LanguageLeaks of(Language language, Language other) {
        return of(language, other, key -> DASHBOARD.stream().anyMatch(key::startsWith));
    }

    /** The fixed words of every message of {@code language} that reads differently in {@code other}: what chat says. */
    public static LanguageLeaks ofEveryMessage(Language language, Language other) {
        return of(language, other, key -> true);
    }

    private static LanguageLeaks of(Language language, Language other, Predicate<String> keys) {
        IcuMessages m = IcuMessages.standard();
        Set<String> out = new LinkedHashSet<>();
        for (String key : m.keys(language)) {
            if (!keys.test(key) || !m.has(other, key)) {
                continue;
            }
            String pattern = m.pattern(language, key);
            if (pattern.equals(m.pattern(other, key))) {
                continue;
            }
            List<String> pieces = literalPieces(pattern);
            boolean whole = pieces.size() == 1 && !pattern.contains("{");
            for (String piece : pieces) {
                String p = trim(piece);
                if (p.codePoints().anyMatch(Character::isLetter) && (whole || p.split("\\s+").length >= 2)
                        && !ENGLISH_COMMANDS.contains(p)) {
                    out.add(p);
                }
            }
        }
        return new LanguageLeaks(List.copyOf(out));
    }

    /** Every fixed stretch found on the page, each with the words around it (so a failure says where). */
    public List<String> foundIn(String html) {
        return foundInSeen(seen(html));
    }

    /**
     * The same in chat as a driver reads it, one element a line: "(to NAME) " and a list's bullet are not words.
     * A stretch that is in {@code typed} (what people said, e.g. a meeting named "Weekly partnership meeting") is
     * theirs, not a leak.
     */
    public List<String> foundInLines(List<String> lines, String typed) {
        String seen = String.join("\n", lines.stream().map(l -> l.replaceFirst("^\\(to [^)]*\\) ", "")
                .replaceFirst("^\\s*•\\s*", "")).toList());
        String said = typed.toLowerCase(java.util.Locale.ROOT);
        return foundInSeen(seen).stream().filter(f -> !said.contains(stretch(f).toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    // What a finding names: the stretch before its context.
    private static String stretch(String finding) {
        int cut = finding.indexOf(" alone in an element");
        return cut >= 0 ? finding.substring(0, cut) : finding.substring(0, Math.max(0, finding.indexOf(" in «")));
    }

    private List<String> foundInSeen(String seen) {
        List<String> found = new ArrayList<>();
        java.util.Set<String> nodes = java.util.Arrays.stream(seen.split("\n")).map(LanguageLeaks::trim)
                .collect(java.util.stream.Collectors.toSet());
        for (String f : fragments) {
            if (!f.contains(" ")) {
                // A word on its own ("Status", "agencies") is a leak where it is all a label or a cell says.
                if (nodes.contains(f)) {
                    found.add(f + " alone in an element");
                }
                continue;
            }
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(f) + "(?![\\p{L}\\p{N}])").matcher(seen);
            if (m.find()) {
                found.add(f + " in «" + seen.substring(Math.max(0, m.start() - 60), Math.min(seen.length(), m.end() + 60))
                        .replaceAll("\\s+", " ") + "»");
            }
        }
        return found;
    }

    /** What a reader or a screen reader meets: text between tags, and the text attributes. */
    public static String seen(String html) {
        StringBuilder b = new StringBuilder(html.replaceAll("<[^>]*>", "\n"));
        Matcher a = ATTRIBUTE.matcher(html);
        while (a.find()) {
            b.append('\n').append(a.group(1));
        }
        return b.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /** The pattern's text outside its arguments ({0}, and whole {0, plural, ...} blocks). */
    private static List<String> literalPieces(String pattern) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : pattern.toCharArray()) {
            if (c == '{') {
                if (depth == 0) {
                    pieces.add(current.toString());
                    current.setLength(0);
                }
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                current.append(c);
            }
        }
        pieces.add(current.toString());
        return pieces.stream().filter(s -> !s.isBlank()).map(s -> s.replace("''", "'")).toList();
    }

    private static String trim(String s) {
        return s.strip().replaceAll("^[\\s:;,.·()—–/]+|[\\s:;,.·()—–/]+$", "");
    }
}

package org.partnerbot.core.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every command of every capability, and the matching of normalised text against their words. */
public final class CommandCatalog {

    private static final Pattern WORD = Pattern.compile("\\S+");

    private final List<CommandSpec> specs;
    /** Every word sequence that runs a command (words, aliases, Welsh words), split once: every input is matched on them. */
    private final List<Sequence> sequences;

    private record Sequence(CommandSpec spec, List<String> words) {
    }

    public CommandCatalog(List<CommandSet> sets) {
        List<CommandSpec> all = new ArrayList<>();
        sets.forEach(set -> all.addAll(set.commands()));
        this.specs = List.copyOf(all);
        this.sequences = specs.stream().flatMap(spec -> spec.wordSequences().stream().map(w -> new Sequence(spec, w))).toList();
    }

    public List<CommandSpec> all() {
        return specs;
    }

    /** The longest command whose words begin the text, with the remaining text as its arguments. */
    public Optional<MatchedCommand> match(String text) {
        List<String> tokens = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && tokens.size() < 4) {
            tokens.add(m.group().toLowerCase(Locale.ROOT));
            ends.add(m.end());
        }
        MatchedCommand best = null;
        int bestLength = 0;
        for (Sequence sequence : sequences) {
            List<String> words = sequence.words();
            if (words.size() > bestLength && words.size() <= tokens.size()
                    && tokens.subList(0, words.size()).equals(words)) {
                best = new MatchedCommand(sequence.spec(), text.substring(ends.get(words.size() - 1)).trim());
                bestLength = words.size();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the first word of the text is a verb the grammar knows (e.g. "agenda", "#topic"). */
    public boolean knowsVerb(String text) {
        String first = firstWord(text);
        return sequences.stream().anyMatch(s -> s.words().get(0).equals(first));
    }

    public List<CommandSpec> family(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        return specs.stream().filter(s -> s.family().equals(v) || s.words().equals(v)
                || s.wordSequences().stream().anyMatch(w -> !w.get(0).startsWith("#") && w.get(0).equals(v))).toList();
    }

    /** The command whose first word is closest to a mistyped verb, for "did you mean". */
    public Optional<CommandSpec> closest(String text) {
        String first = firstWord(text);
        return specs.stream()
                .filter(s -> !s.words().startsWith("#"))
                .min(Comparator.comparingInt(s -> distance(first, s)))
                .filter(s -> distance(first, s) <= Math.max(1, first.length() / 3));
    }

    /** How far a typed verb is from a command's first word, English or Welsh. */
    private static int distance(String typed, CommandSpec spec) {
        return spec.wordSequences().stream().mapToInt(w -> distance(typed, w.get(0))).min().orElse(Integer.MAX_VALUE);
    }

    /** The MeetBot command one edit away from the first word of a {@code #} line ("#undoo", "#chiar"), if any. */
    public Optional<CommandSpec> oneSlipFromMeetBot(String text) {
        String first = firstWord(text);
        return specs.stream()
                .filter(s -> s.words().startsWith("#"))
                .filter(s -> distance(first, s.words().split(" ")[0]) == 1)
                .findFirst();
    }

    private static String firstWord(String text) {
        Matcher m = WORD.matcher(text);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

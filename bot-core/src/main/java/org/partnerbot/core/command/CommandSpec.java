package org.partnerbot.core.command;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.partnerbot.core.i18n.Language;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.partnership.Role;
import org.partnerbot.core.reply.Reply;

/**
 * One command of the grammar: its words, what follows them, who may run it, and what it does.
 *
 * @param words    the fixed words, e.g. {@code agenda add} or {@code #topic}
 * @param argsHelp what follows, e.g. {@code <text>}; empty when nothing does
 * @param aliases  other word sequences that run the same command, e.g. {@code meeting start}
 */
public record CommandSpec(String words, String argsHelp, Arity arity, Role role, boolean needsPartnership,
                          String summary, List<String> aliases, Handler handler, Preparer preparer) {

    @FunctionalInterface
    public interface Handler {
        Reply handle(Invocation invocation);
    }

    /**
     * Work a command may do before its transaction, on reads alone and without the partnership's lock (grouping ten
     * thousand people for a pairing round), so the lock every command takes is held only while the result is written.
     * Anything may change between the two: the handler gets the result as {@link Invocation#prepared} and must check,
     * under the lock, that it still holds (and work it out again there when it does not). It runs only for an
     * addressed command whose asker's stored role allows it; its failure is no answer, only no preparation.
     */
    @FunctionalInterface
    public interface Preparer {
        Object prepare(org.partnerbot.core.partnership.Partnership partnership);
    }

    /** Whether the command does work of its own before its transaction. */
    public boolean prepares() {
        return preparer != null;
    }

    public static Builder command(String words) {
        return new Builder(words);
    }

    public String usage() {
        return argsHelp.isEmpty() ? words : words + " " + argsHelp;
    }

    public String helpLine() {
        return usage() + " — " + summary;
    }

    /** The command as a reader of that language types it: Welsh words for a Welsh reader when it has them. */
    public String usage(Texts texts) {
        String w = words(texts.language());
        return argsHelp.isEmpty() ? w : w + " " + argsHelp;
    }

    public String words(Language language) {
        List<String> welsh = welshWords();
        return language == Language.CY && !welsh.isEmpty() ? welsh.get(0) : words;
    }

    /**
     * What it does, in the reader's language. {@code summary} is a bundle key ({@code help.kudos}), or the English
     * words themselves, whose messages are then under {@link #summaryKey()} (so a capability's file keeps its
     * words while both bundles carry them; {@code CommandSummariesTest} keeps the English ones identical).
     */
    public String summary(Texts texts) {
        if (texts.has(summary)) {
            return texts.t(summary);
        }
        return texts.has(summaryKey()) ? texts.t(summaryKey()) : summary;
    }

    /** The bundle key of a summary written in the spec as English words: {@code summary.agenda.add}. */
    public String summaryKey() {
        return "summary." + words.replace(' ', '.');
    }

    /** Its Welsh word sequences ({@link WelshWords}), which run it as its English words do. */
    public List<String> welshWords() {
        return WelshWords.of(words);
    }

    /**
     * The other word sequences help names beside its usage: for an English reader its English aliases; for a Welsh
     * reader also its English words and its other Welsh words (the English grammar works for everyone).
     */
    public List<String> otherWords(Language language) {
        if (language != Language.CY) {
            return aliases;
        }
        var all = new java.util.ArrayList<String>();
        String shown = words(language);
        if (!shown.equals(words)) {
            all.add(words);
        }
        all.addAll(aliases);
        welshWords().stream().filter(w -> !w.equals(shown)).forEach(all::add);
        return all;
    }

    /** The verb family, e.g. {@code agenda} for {@code agenda add}; {@code #} lines form one family. */
    public String family() {
        String first = words.split(" ")[0];
        return first.startsWith("#") ? "#" : first;
    }

    /** Its words, aliases and Welsh words, each as lower-case tokens. */
    List<List<String>> wordSequences() {
        var all = new java.util.ArrayList<List<String>>();
        all.add(split(words));
        aliases.forEach(a -> all.add(split(a)));
        welshWords().forEach(a -> all.add(split(a)));
        return all;
    }

    private static List<String> split(String words) {
        return Arrays.stream(words.toLowerCase(Locale.ROOT).split(" ")).toList();
    }

    public static final class Builder {
        private final String words;
        private String argsHelp = "";
        private Arity arity = Arity.NONE;
        private Role role = Role.MEMBER;
        private boolean needsPartnership = true;
        private String summary = "";
        private List<String> aliases = List.of();
        private Preparer preparer;

        private Builder(String words) {
            this.words = words;
        }

        public Builder args(String help, Arity arity) {
            this.argsHelp = help;
            this.arity = arity;
            return this;
        }

        public Builder requires(String help) {
            return args(help, Arity.REQUIRED);
        }

        public Builder optional(String help) {
            return args(help, Arity.OPTIONAL);
        }

        public Builder role(Role role) {
            this.role = role;
            return this;
        }

        public Builder withoutPartnership() {
            this.needsPartnership = false;
            return this;
        }

        public Builder alias(String... aliases) {
            this.aliases = List.of(aliases);
            return this;
        }

        /** Work done before the command's transaction, outside the partnership's lock: see {@link Preparer}. */
        public Builder preparedBy(Preparer preparer) {
            this.preparer = preparer;
            return this;
        }

        public CommandSpec does(String summary, Handler handler) {
            return new CommandSpec(words, argsHelp, arity, role, needsPartnership, summary, aliases, handler, preparer);
        }
    }
}

package org.partnerbot.core.glossary;

import java.util.List;
import java.util.Locale;
import org.partnerbot.core.command.CommandSet;
import org.partnerbot.core.command.CommandSpec;
import org.partnerbot.core.command.Invocation;
import org.partnerbot.core.command.UserError;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Reply;

import static org.partnerbot.core.command.CommandSpec.command;

/** A shared glossary against specialist language: anyone may add a term, because anyone may be confused by one. */
public final class GlossaryCommands implements CommandSet {

    static final int MAX_TERM = 60;
    static final int MAX_MEANING = 500;

    private final Glossary glossary;

    public GlossaryCommands(Glossary glossary) {
        this.glossary = glossary;
    }

    @Override
    public List<CommandSpec> commands() {
        return List.of(
                command("glossary").does("the partnership's glossary of specialist terms", this::list),
                command("glossary add").requires("<TERM>: <meaning>").does("explain a term in plain words", this::add),
                command("define").requires("<term>").does("what a term means here", this::define));
    }

    private Reply list(Invocation in) {
        List<GlossaryTerm> all = glossary.all(in.partnershipId());
        return Reply.asker().list("Glossary of " + in.partnership().name() + " (" + all.size() + ")",
                all.stream().map(t -> Block.Item.of(line(t))).toList(),
                "No terms yet. Add one with `glossary add <TERM>: <meaning>`.").build();
    }

    private Reply add(Invocation in) {
        String args = in.args().strip();
        int colon = args.indexOf(':');
        if (colon < 0) {
            throw new UserError("Put a colon between the term and its meaning, e.g. `glossary add LADO: Local Authority Designated Officer`.",
                    in.spec());
        }
        String term = args.substring(0, colon).strip().replaceAll("\\s+", " ");
        String meaning = args.substring(colon + 1).strip();
        if (term.isEmpty() || meaning.isEmpty()) {
            throw new UserError("`glossary add` needs both a term and its meaning.", in.spec());
        }
        if (term.length() > MAX_TERM || meaning.length() > MAX_MEANING) {
            throw new UserError("Keep terms under " + MAX_TERM + " characters and meanings under " + MAX_MEANING + ".", in.spec());
        }
        boolean replaced = glossary.put(in.partnershipId(), term, meaning, in.asker().id());
        GlossaryTerm stored = glossary.find(in.partnershipId(), term).orElseThrow();
        return Reply.channel().line(Line.builder().text(replaced ? "Glossary updated: " : "Added to the glossary: ")
                .append(line(stored)).build()).build();
    }

    private Reply define(Invocation in) {
        String term = in.args().strip().replaceAll("\\s+", " ");
        return glossary.find(in.partnershipId(), term)
                .map(t -> Reply.asker().line(line(t)).build())
                .orElseThrow(() -> new UserError("\"" + term + "\" is not in the glossary yet" + similar(in, term)
                        + ". Anyone who knows can add it: `glossary add " + term.toUpperCase(Locale.ROOT) + ": <meaning>`."));
    }

    private String similar(Invocation in, String term) {
        String lower = term.toLowerCase(Locale.ROOT);
        List<String> close = glossary.all(in.partnershipId()).stream().map(GlossaryTerm::term)
                .filter(t -> t.toLowerCase(Locale.ROOT).contains(lower) || lower.contains(t.toLowerCase(Locale.ROOT)))
                .limit(3).toList();
        return close.isEmpty() ? "" : " (did you mean " + String.join(", ", close) + "?)";
    }

    static Line line(GlossaryTerm t) {
        return Line.builder().strong(t.term()).text(" — " + t.meaning()).build();
    }
}

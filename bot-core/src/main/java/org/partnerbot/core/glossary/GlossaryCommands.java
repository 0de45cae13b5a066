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
                command("glossary").does("help.glossary", this::list),
                command("glossary add").requires("<TERM>: <meaning>").does("help.glossary.add", this::add),
                command("define").requires("<term>").does("help.define", this::define));
    }

    private Reply list(Invocation in) {
        List<GlossaryTerm> all = glossary.all(in.partnershipId());
        return Reply.asker().list(in.t("glossary.title", in.partnership().name(), String.valueOf(all.size())),
                all.stream().map(t -> Block.Item.of(line(t))).toList(), in.t("glossary.empty")).build();
    }

    private Reply add(Invocation in) {
        String args = in.args().strip();
        int colon = args.indexOf(':');
        if (colon < 0) {
            throw new UserError(in.t("glossary.needsColon"), in.spec());
        }
        String term = args.substring(0, colon).strip().replaceAll("\\s+", " ");
        String meaning = args.substring(colon + 1).strip();
        if (term.isEmpty() || meaning.isEmpty()) {
            throw new UserError(in.t("glossary.needsBoth"), in.spec());
        }
        if (term.length() > MAX_TERM || meaning.length() > MAX_MEANING) {
            throw new UserError(in.t("glossary.tooLong", String.valueOf(MAX_TERM), String.valueOf(MAX_MEANING)), in.spec());
        }
        boolean replaced = glossary.put(in.partnershipId(), term, meaning, in.asker().id());
        GlossaryTerm stored = glossary.find(in.partnershipId(), term).orElseThrow();
        return in.toChannel(t -> Reply.channel().line(t.line(replaced ? "glossary.updated" : "glossary.added", line(stored)))
                .build());
    }

    private Reply define(Invocation in) {
        String term = in.args().strip().replaceAll("\\s+", " ");
        return glossary.find(in.partnershipId(), term)
                .map(t -> Reply.asker().line(line(t)).build())
                .orElseThrow(() -> new UserError(in.t("glossary.unknown", term, similar(in, term),
                        term.toUpperCase(Locale.ROOT))));
    }

    private String similar(Invocation in, String term) {
        String lower = term.toLowerCase(Locale.ROOT);
        List<String> close = glossary.all(in.partnershipId()).stream().map(GlossaryTerm::term)
                .filter(t -> t.toLowerCase(Locale.ROOT).contains(lower) || lower.contains(t.toLowerCase(Locale.ROOT)))
                .limit(3).toList();
        return close.isEmpty() ? "" : in.t("glossary.similar", String.join(", ", close));
    }

    static Line line(GlossaryTerm t) {
        return Line.builder().strong(t.term()).text(" — " + t.meaning()).build();
    }
}

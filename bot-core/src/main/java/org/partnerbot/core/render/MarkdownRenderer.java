package org.partnerbot.core.render;

import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.PlainText;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Span;

/**
 * Renders a neutral reply as a Markdown document, so exports reuse the views the chat shows (minutes stay
 * one thing, not two that drift apart). Buttons are dropped: nothing can be pressed in a file. Text people
 * wrote is escaped, so an asterisk in a decision does not turn the rest of the file bold.
 */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static String render(Reply reply) {
        List<String> out = new ArrayList<>();
        boolean first = true;
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Heading h) {
                blank(out);
                out.add((first ? "# " : "## ") + escape(h.text()));
                out.add("");
                first = false;
            } else if (block instanceof Block.Paragraph p) {
                out.add(line(p.line()));
                out.add("");
            } else if (block instanceof Block.Note n) {
                out.add("> " + line(n.line()));
                out.add("");
            } else if (block instanceof Block.ListBlock l) {
                if (l.title() != null) {
                    out.add("**" + escape(l.title()) + "**");
                    out.add("");
                }
                if (l.items().isEmpty() && l.emptyText() != null) {
                    out.add("_" + escape(l.emptyText()) + "_");
                }
                l.items().forEach(i -> out.add("- " + line(i.line())));
                out.add("");
            } else if (block instanceof Block.Attachment a) {
                out.add(a.content());
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out) + "\n";
    }

    static String line(Line line) {
        StringBuilder b = new StringBuilder();
        for (Span span : line.spans()) {
            if (span instanceof Span.Strong s) {
                b.append("**").append(escape(s.text())).append("**");
            } else if (span instanceof Span.Code c) {
                b.append('`').append(c.text().replace("`", "'")).append('`');
            } else if (span instanceof Span.Person p) {
                b.append(escape(p.displayName()));
            } else {
                b.append(escape(PlainText.render(span)));
            }
        }
        return b.toString();
    }

    static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]#<>|])", "\\\\$1");
    }

    private static void blank(List<String> out) {
        if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
            out.add("");
        }
    }
}

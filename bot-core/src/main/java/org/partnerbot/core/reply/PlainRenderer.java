package org.partnerbot.core.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a reply as plain text lines. Buttons show the command they run, so a console user can type it.
 * Used by the console and by tests that compare outcomes across platforms.
 */
public final class PlainRenderer {

    private PlainRenderer() {
    }

    public static List<String> lines(Reply reply) {
        List<String> out = new ArrayList<>();
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Heading h) {
                out.add(h.text());
            } else if (block instanceof Block.Paragraph p) {
                out.addAll(List.of(p.line().plain().split("\n", -1)));
            } else if (block instanceof Block.Note n) {
                out.add("  " + n.line().plain());
            } else if (block instanceof Block.ListBlock l) {
                if (l.title() != null) {
                    out.add(l.title());
                }
                if (l.items().isEmpty() && l.emptyText() != null) {
                    out.add("  " + l.emptyText());
                }
                for (Block.Item item : l.items()) {
                    out.add("  • " + item.line().plain() + (item.button() == null ? "" : "  " + button(item.button())));
                }
            } else if (block instanceof Block.Attachment a) {
                out.addAll(List.of(a.content().stripTrailing().split("\n", -1)));
            } else if (block instanceof Block.Buttons b) {
                out.add(String.join(" ", b.buttons().stream().map(PlainRenderer::button).toList()));
            }
        }
        return out;
    }

    private static String button(Button b) {
        return "[" + b.label() + ": " + b.command() + (b.asksForText() ? " <" + b.prompt().toLowerCase() + ">" : "") + "]";
    }
}

package org.partnerbot.core.reply;

import java.util.ArrayList;
import java.util.List;

/**
 * What the bot says: an audience and neutral blocks. Every platform renders it; nothing here is platform markup.
 *
 * @param continuation how a platform that must cut the reply into several messages lets the reader carry on (a "Show
 *                     more" button), and the part this message starts at; null when the reply cannot be produced again
 *                     (the platform then says what it left out)
 * @param language     the code of the language its reader reads ({@code en}, {@code cy}; the first one of a bilingual
 *                     post), for what a platform adds around it ("Show more"); null until the core knows who reads
 *                     it, and read as English then
 */
public record Reply(Audience audience, List<Block> blocks, Continuation continuation, String language) {

    public Reply {
        blocks = List.copyOf(blocks);
    }

    public Reply(Audience audience, List<Block> blocks) {
        this(audience, blocks, null, null);
    }

    public Reply(Audience audience, List<Block> blocks, Continuation continuation) {
        this(audience, blocks, continuation, null);
    }

    /** The same reply, read in the language of code {@code reader}. */
    public Reply in(String reader) {
        return new Reply(audience, blocks, continuation, reader);
    }

    /** The same reply, which {@code command} (read-only) produces again: platforms that cut it offer "Show more". */
    public Reply continuedBy(String command) {
        return new Reply(audience, blocks, new Continuation(command, from()), language);
    }

    /** The same reply shown from part {@code from} on ({@link Pages}); only a reply that can be continued has parts to skip. */
    public Reply startingAt(int from) {
        return continuation == null ? this : new Reply(audience, blocks, new Continuation(continuation.command(), from), language);
    }

    /** The part this message starts at: 0 unless it continues an earlier one. */
    public int from() {
        return continuation == null ? 0 : continuation.from();
    }

    public static Reply toChannel(String text) {
        return new Reply(Audience.CHANNEL, List.of(new Block.Paragraph(Line.of(text))));
    }

    public static Reply toAsker(String text) {
        return new Reply(Audience.ASKER, List.of(new Block.Paragraph(Line.of(text))));
    }

    public static Builder channel() {
        return new Builder(Audience.CHANNEL);
    }

    public static Builder asker() {
        return new Builder(Audience.ASKER);
    }

    /** The first line as plain text, for notifications and screen readers. */
    public String summary() {
        return PlainRenderer.lines(this).stream().findFirst().orElse("");
    }

    /** The whole reply as plain text, as the console prints it. */
    public String plainText() {
        return String.join("\n", PlainRenderer.lines(this));
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** A reply that says nothing: the command was recorded silently (e.g. {@code #info}). */
    public static Reply silent() {
        return new Reply(Audience.CHANNEL, List.of());
    }

    public static final class Builder {
        private final Audience audience;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(Audience audience) {
            this.audience = audience;
        }

        public Builder heading(String text) {
            blocks.add(new Block.Heading(text));
            return this;
        }

        public Builder text(String text) {
            blocks.add(new Block.Paragraph(Line.of(text)));
            return this;
        }

        public Builder line(Line line) {
            blocks.add(new Block.Paragraph(line));
            return this;
        }

        public Builder note(String text) {
            blocks.add(new Block.Note(Line.of(text)));
            return this;
        }

        public Builder note(Line line) {
            blocks.add(new Block.Note(line));
            return this;
        }

        public Builder list(String title, List<Block.Item> items, String emptyText) {
            blocks.add(new Block.ListBlock(title, items, emptyText));
            return this;
        }

        public Builder buttons(Button... buttons) {
            blocks.add(new Block.Buttons(List.of(buttons)));
            return this;
        }

        public Builder block(Block block) {
            blocks.add(block);
            return this;
        }

        public Reply build() {
            return new Reply(audience, blocks);
        }
    }
}

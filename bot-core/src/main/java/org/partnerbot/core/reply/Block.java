package org.partnerbot.core.reply;

import java.util.List;

/** The neutral building blocks of a reply; Block Kit, Adaptive Cards and the console each render them. */
public sealed interface Block {

    record Heading(String text) implements Block {
    }

    record Paragraph(Line line) implements Block {
    }

    /** A titled list; an empty list shows {@code emptyText}. Items may carry one button each. */
    record ListBlock(String title, List<Item> items, String emptyText) implements Block {
        public ListBlock {
            items = List.copyOf(items);
        }
    }

    record Item(Line line, Button button) {
        public static Item of(Line line) {
            return new Item(line, null);
        }
    }

    /** Secondary, muted information: hints, help lines, footers. */
    record Note(Line line) implements Block {
    }

    record Buttons(List<Button> buttons) implements Block {
        public Buttons {
            buttons = List.copyOf(buttons);
        }
    }

    /**
     * A text file to hand over (e.g. minutes as Markdown): platforms that can attach files do so
     * (Slack upload, Teams attachment); the others, and the console, show {@code content} as plain text.
     *
     * @param personal only for the asker, in a private conversation with them (their `my data`): never shared in a
     *                 channel, whatever the reply's audience
     */
    record Attachment(String fileName, String mediaType, String content, boolean personal) implements Block {
        public Attachment {
            java.util.Objects.requireNonNull(fileName);
            java.util.Objects.requireNonNull(mediaType);
            java.util.Objects.requireNonNull(content);
        }

        public Attachment(String fileName, String mediaType, String content) {
            this(fileName, mediaType, content, false);
        }

        public static Attachment personal(String fileName, String mediaType, String content) {
            return new Attachment(fileName, mediaType, content, true);
        }
    }
}

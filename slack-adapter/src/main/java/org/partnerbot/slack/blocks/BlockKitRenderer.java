package org.partnerbot.slack.blocks;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.i18n.PageTexts;
import org.partnerbot.core.i18n.ReplyTexts;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Pages;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Seal;
import org.partnerbot.slack.text.Mrkdwn;

/**
 * Block Kit for the core's replies: headings become header blocks, paragraphs and list items sections, notes
 * context lines, buttons Block Kit buttons whose value is the command they run, sealed by the bot (so a press can be
 * told from an edited or foreign value). Slack's size limits are kept here (3000 characters per section, 50 blocks per
 * message, 100 per view) so a long list never makes a post fail.
 */
public final class BlockKitRenderer {

    public static final int MESSAGE_BLOCKS = 50;
    public static final int VIEW_BLOCKS = 100;
    static final String ACTION_PREFIX = "partner.";
    private static final int SECTION_TEXT = 3000;
    private static final int HEADER_TEXT = 150;
    private static final int BUTTON_TEXT = 75;
    private static final int ACTIONS_PER_BLOCK = 25;
    private static final String TRUNCATED = "…";

    private final Seal seal;
    private int counter;

    /** @param seal the bot's seal ({@code PartnerBot.seal()}): every button value drawn is sealed with it */
    public BlockKitRenderer(Seal seal) {
        this.seal = java.util.Objects.requireNonNull(seal);
    }

    /** Action ids of this adapter's buttons, for Bolt's routing. */
    public static String actionIdPattern() {
        return "^" + java.util.regex.Pattern.quote(ACTION_PREFIX) + ".*";
    }

    /**
     * Blocks for one message. {@code bindTo}, when set, ties every button to that partnership (App Home, DMs). A reply
     * longer than a message can hold is cut ({@link Pages}) where it still fits, with a "Show more" button that carries
     * on from there.
     */
    public List<LayoutBlock> render(Reply reply, Long bindTo) {
        int from = Math.min(reply.from(), Pages.size(reply));
        if (from == 0) {
            List<LayoutBlock> whole = blocks(reply, bindTo);
            if (fits(whole)) {
                return whole;
            }
        }
        int to = Pages.fit(reply, from, slice -> fits(page(reply, slice, from, bindTo)));
        return cap(page(reply, Pages.slice(reply, from, to), from, bindTo), MESSAGE_BLOCKS, ReplyTexts.of(reply));
    }

    /** A slice of the reply starting at part {@code from}, and when the reply goes on, how to see the rest. */
    private List<LayoutBlock> page(Reply reply, Reply slice, int from, Long bindTo) {
        List<LayoutBlock> out = blocks(slice, bindTo);
        int to = from + Pages.size(slice);
        if (to < Pages.size(reply)) {
            out.add(context(Mrkdwn.line(Pages.rest(reply, from, to, PageTexts.of(reply)))));
            Pages.showMore(reply, to, PageTexts.of(reply)).ifPresent(more -> actions(List.of(more), bindTo, out));
        }
        return out;
    }

    private static boolean fits(List<LayoutBlock> blocks) {
        return blocks.size() <= MESSAGE_BLOCKS;
    }

    /** Blocks without the cap, for assembling a view out of several replies. */
    public List<LayoutBlock> blocks(Reply reply, Long bindTo) {
        List<LayoutBlock> out = new ArrayList<>();
        Texts t = ReplyTexts.of(reply);
        for (Block block : reply.blocks()) {
            if (block instanceof Block.Heading h) {
                out.add(HeaderBlock.builder().text(plain(h.text(), HEADER_TEXT)).build());
            } else if (block instanceof Block.Paragraph p) {
                sections(Mrkdwn.line(p.line()), out);
            } else if (block instanceof Block.Note n) {
                out.add(context(Mrkdwn.line(n.line())));
            } else if (block instanceof Block.ListBlock l) {
                list(l, bindTo, out);
            } else if (block instanceof Block.Buttons b) {
                actions(b.buttons(), bindTo, out);
            } else if (block instanceof Block.Attachment a) {
                out.add(context(":page_facing_up: " + t.t(a.personal() ? "slack.file.personal" : "slack.file.shared",
                        Mrkdwn.escape(a.fileName()))));
            }
        }
        return out;
    }

    /** The notification text Slack shows where blocks cannot be (push, screen readers). */
    public static String fallbackText(Reply reply) {
        String summary = Mrkdwn.escape(reply.summary());
        return summary.isBlank() ? "Partnerbot" : truncate(summary, SECTION_TEXT);
    }

    /** @param t the words of the notice saying what was left out, in the reader's language */
    public static List<LayoutBlock> cap(List<LayoutBlock> blocks, int max, Texts t) {
        if (blocks.size() <= max) {
            return blocks;
        }
        List<LayoutBlock> kept = new ArrayList<>(blocks.subList(0, max - 1));
        kept.add(context(t.t("slack.blocksLeftOut", blocks.size() - max + 1)));
        return kept;
    }

    private void list(Block.ListBlock l, Long bindTo, List<LayoutBlock> out) {
        if (l.title() != null) {
            out.add(section("*" + Mrkdwn.escape(l.title()) + "*", null));
        }
        if (l.items().isEmpty() && l.emptyText() != null) {
            out.add(context(Mrkdwn.escape(l.emptyText())));
        }
        StringBuilder plainRun = new StringBuilder();
        for (Block.Item item : l.items()) {
            String text = "• " + Mrkdwn.line(item.line());
            if (item.button() == null) {
                if (plainRun.length() + text.length() + 1 > SECTION_TEXT) {
                    out.add(section(plainRun.toString(), null));
                    plainRun.setLength(0);
                }
                plainRun.append(plainRun.length() == 0 ? "" : "\n").append(text);
            } else {
                if (plainRun.length() > 0) {
                    out.add(section(plainRun.toString(), null));
                    plainRun.setLength(0);
                }
                out.add(section(text, button(item.button(), bindTo)));
            }
        }
        if (plainRun.length() > 0) {
            out.add(section(plainRun.toString(), null));
        }
    }

    private void actions(List<Button> buttons, Long bindTo, List<LayoutBlock> out) {
        for (int i = 0; i < buttons.size(); i += ACTIONS_PER_BLOCK) {
            List<BlockElement> elements = new ArrayList<>();
            buttons.subList(i, Math.min(buttons.size(), i + ACTIONS_PER_BLOCK)).forEach(b -> elements.add(button(b, bindTo)));
            out.add(ActionsBlock.builder().elements(elements).build());
        }
    }

    private ButtonElement button(Button b, Long bindTo) {
        // Action ids must be unique within a block; the counter keeps them unique within the message too.
        return ButtonElement.builder()
                .text(plain(b.label(), BUTTON_TEXT))
                .actionId(ACTION_PREFIX + b.actionId() + "." + (++counter))
                .value(seal.button(b, bindTo))
                .build();
    }

    /** A long paragraph as several sections, cut between lines, so Slack's section limit cuts nothing off. */
    private static void sections(String mrkdwn, List<LayoutBlock> out) {
        StringBuilder run = new StringBuilder();
        boolean empty = true;
        for (String line : mrkdwn.split("\n", -1)) {
            while (line.length() > SECTION_TEXT) {
                if (!empty) {
                    out.add(section(run.toString(), null));
                    run.setLength(0);
                    empty = true;
                }
                out.add(section(line.substring(0, SECTION_TEXT), null));
                line = line.substring(SECTION_TEXT);
            }
            if (!empty && run.length() + 1 + line.length() > SECTION_TEXT) {
                out.add(section(run.toString(), null));
                run.setLength(0);
                empty = true;
            }
            if (!empty) {
                run.append('\n');
            }
            run.append(line);
            empty = false;
        }
        out.add(section(run.toString(), null));
    }

    private static SectionBlock section(String mrkdwn, ButtonElement accessory) {
        return SectionBlock.builder()
                .text(MarkdownTextObject.builder().text(truncate(mrkdwn.isEmpty() ? " " : mrkdwn, SECTION_TEXT)).build())
                .accessory(accessory)
                .build();
    }

    static ContextBlock context(String mrkdwn) {
        return ContextBlock.builder()
                .elements(List.of(MarkdownTextObject.builder().text(truncate(mrkdwn.isEmpty() ? " " : mrkdwn, SECTION_TEXT)).build()))
                .build();
    }

    private static PlainTextObject plain(String text, int max) {
        return PlainTextObject.builder().text(truncate(text.isBlank() ? " " : text, max)).emoji(true).build();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + TRUNCATED;
    }
}

package org.partnerbot.teams.card;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import org.partnerbot.core.i18n.PageTexts;
import org.partnerbot.core.i18n.ReplyTexts;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Button;
import org.partnerbot.core.reply.Line;
import org.partnerbot.core.reply.Pages;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Seal;
import org.partnerbot.core.reply.Span;

/**
 * Renders a neutral {@link Reply} as an Adaptive Card 1.5. Built as Jackson nodes, not Java maps: the SDK's
 * serialiser fails on maps under Java 17's module rules. Buttons are {@code Action.Submit} so a press posts a
 * new reply in the thread and leaves the original card (minutes, duties) as it was; a button that needs text
 * opens an {@code Input.Text} first. Each button's data is its value sealed by the bot, so a press can be told from an
 * edited or foreign one.
 */
public final class CardRenderer {

    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    /** Element id of the line naming who a reply is for (Teams has no private replies in a channel). */
    public static final String FOR_ID = "partnerbot-for";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Element id of the box showing a text file's content (Teams bots cannot simply attach a file in a channel). */
    public static final String FILE_ID = "partnerbot-file";
    private static final int MAX_FILE_LINES = 120;
    /**
     * The most a card may weigh as JSON: Teams refuses a message over about 28 KB, and the activity around the card
     * (ids, conversation, the text fallback) needs room too.
     */
    public static final int MAX_CARD_BYTES = 24_000;

    /** Who asked; shown at the top of a reply meant for them when it is posted where others can see it. */
    public record Asker(String userKey, String displayName) {
    }

    private CardRenderer() {
    }

    /**
     * @param forAsker who the reply is for when it is only theirs but lands in a shared conversation, else null
     * @param seal     the bot's seal ({@code PartnerBot.seal()}): every button's data is sealed with it
     */
    public static ObjectNode render(Reply reply, Asker forAsker, Seal seal) {
        int from = Math.min(reply.from(), Pages.size(reply));
        if (from == 0) {
            ObjectNode whole = card(reply, forAsker, seal, null);
            if (fits(whole)) {
                return whole;
            }
        }
        int to = Pages.fit(reply, from, slice -> fits(page(reply, slice, from, forAsker, seal)));
        return page(reply, Pages.slice(reply, from, to), from, forAsker, seal);
    }

    /** Whether a card is small enough for Teams to show (it refuses a message over about 28 KB). */
    public static boolean fits(ObjectNode card) {
        return card.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_CARD_BYTES;
    }

    /** A slice of the reply starting at part {@code from}, and when the reply goes on, how to see the rest. */
    private static ObjectNode page(Reply reply, Reply slice, int from, Asker forAsker, Seal seal) {
        int to = from + Pages.size(slice);
        if (to >= Pages.size(reply)) {
            return card(slice, forAsker, seal, null);
        }
        Reply.Builder rest = Reply.channel().note(Pages.rest(reply, from, to, PageTexts.of(reply)));
        Pages.showMore(reply, to, PageTexts.of(reply)).ifPresent(rest::buttons);
        return card(slice, forAsker, seal, rest.build());
    }

    private static ObjectNode card(Reply reply, Asker forAsker, Seal seal, Reply footer) {
        Mentions mentions = new Mentions();
        ArrayNode body = JSON.arrayNode();
        Texts t = ReplyTexts.of(reply);
        if (forAsker != null) {
            Line line = t.line("teams.card.for", Line.builder().person(forAsker.userKey(), forAsker.displayName()).build());
            body.add(textBlock(markdown(line, mentions)).put("id", FOR_ID).put("isSubtle", true).put("size", "Small"));
        }
        for (Block block : reply.blocks()) {
            renderBlock(block, body, mentions, seal, t);
        }
        if (footer != null) {
            footer.blocks().forEach(block -> renderBlock(block, body, mentions, seal, t));
        }
        ObjectNode card = JSON.objectNode();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", "1.5");
        card.set("body", body);
        ObjectNode msteams = card.putObject("msteams");
        msteams.put("width", "Full");
        if (!mentions.entities.isEmpty()) {
            msteams.set("entities", mentions.entities);
        }
        return card;
    }

    private static void renderBlock(Block block, ArrayNode body, Mentions mentions, Seal seal, Texts t) {
        if (block instanceof Block.Heading h) {
            body.add(textBlock(CardText.escape(h.text())).put("size", "Medium").put("weight", "Bolder"));
        } else if (block instanceof Block.Paragraph p) {
            String[] parts = markdown(p.line(), mentions).split("\n", -1);
            for (int i = 0; i < parts.length; i++) {
                ObjectNode line = textBlock(parts[i]);
                body.add(i == 0 ? line : line.put("spacing", "None")); // one paragraph, several lines
            }
        } else if (block instanceof Block.Note n) {
            body.add(textBlock(markdown(n.line(), mentions)).put("isSubtle", true).put("size", "Small"));
        } else if (block instanceof Block.ListBlock l) {
            body.add(list(l, mentions, seal, t));
        } else if (block instanceof Block.Attachment a) {
            body.add(file(a, t));
        } else if (block instanceof Block.Buttons b) {
            ArrayNode actions = JSON.arrayNode();
            b.buttons().forEach(button -> actions.add(action(button, seal, t)));
            body.add(JSON.objectNode().put("type", "ActionSet").set("actions", actions));
        }
    }

    private static ObjectNode list(Block.ListBlock l, Mentions mentions, Seal seal, Texts t) {
        ArrayNode items = JSON.arrayNode();
        if (l.title() != null) {
            items.add(textBlock(CardText.escape(l.title())).put("weight", "Bolder"));
        }
        if (l.items().isEmpty() && l.emptyText() != null) {
            items.add(textBlock(CardText.escape(l.emptyText())).put("isSubtle", true));
        }
        for (Block.Item item : l.items()) {
            ObjectNode text = textBlock("• " + markdown(item.line(), mentions).replace("\n", " "));
            if (item.button() == null) {
                items.add(text.put("spacing", "Small"));
                continue;
            }
            ArrayNode columns = JSON.arrayNode();
            columns.add(JSON.objectNode().put("type", "Column").put("width", "stretch")
                    .put("verticalContentAlignment", "Center").set("items", JSON.arrayNode().add(text)));
            ArrayNode actions = JSON.arrayNode().add(action(item.button(), seal, t));
            columns.add(JSON.objectNode().put("type", "Column").put("width", "auto")
                    .set("items", JSON.arrayNode().add(JSON.objectNode().put("type", "ActionSet").set("actions", actions))));
            items.add(JSON.objectNode().put("type", "ColumnSet").put("spacing", "Small").set("columns", columns));
        }
        return (ObjectNode) JSON.objectNode().put("type", "Container").put("spacing", "Medium").set("items", items);
    }

    /** A file's text shown in the card under its name; it is data, so every line is escaped. */
    private static ObjectNode file(Block.Attachment a, Texts t) {
        ArrayNode items = JSON.arrayNode();
        items.add(textBlock(CardText.escape(a.fileName())).put("isSubtle", true).put("size", "Small").put("weight", "Bolder"));
        String[] lines = a.content().stripTrailing().split("\n", -1);
        int shown = Math.min(lines.length, MAX_FILE_LINES);
        for (int i = 0; i < shown; i++) {
            String line = lines[i];
            items.add(textBlock(line.isEmpty() ? " " : CardText.escape(line)).put("spacing", "None").put("fontType", "Monospace"));
        }
        if (shown < lines.length) {
            // A Teams message is limited to about 28 KB; the rest stays available in the console and Slack.
            items.add(textBlock(CardText.escape(t.t("teams.card.linesNotShown", lines.length - shown)))
                    .put("isSubtle", true).put("size", "Small"));
        }
        return (ObjectNode) JSON.objectNode().put("type", "Container").put("id", FILE_ID).put("style", "emphasis")
                .set("items", items);
    }

    static ObjectNode action(Button button, Seal seal, Texts t) {
        ObjectNode data = JSON.objectNode().put(CardActions.VALUE, seal.button(button, null));
        ObjectNode submit = JSON.objectNode().put("type", "Action.Submit").put("title", button.label());
        submit.set("data", data);
        if (!button.asksForText()) {
            return submit;
        }
        // Ask first: a small card with the text input and the button that runs the command with it.
        ObjectNode input = JSON.objectNode().put("type", "Input.Text").put("id", CardActions.TEXT)
                .put("label", button.prompt()).put("isRequired", true).put("maxLength", 2000)
                .put("errorMessage", t.t("teams.card.inputNeeded", button.prompt()));
        ObjectNode inner = JSON.objectNode().put("type", "AdaptiveCard").put("version", "1.5");
        inner.set("body", JSON.arrayNode().add(input));
        inner.set("actions", JSON.arrayNode().add(submit));
        ObjectNode show = JSON.objectNode().put("type", "Action.ShowCard").put("title", button.label());
        show.set("card", inner);
        return show;
    }

    private static ObjectNode textBlock(String text) {
        return JSON.objectNode().put("type", "TextBlock").put("text", text).put("wrap", true);
    }

    private static String markdown(Line line, Mentions mentions) {
        StringBuilder out = new StringBuilder();
        for (Span span : line.spans()) {
            if (span instanceof Span.Text t) {
                out.append(CardText.escapeKeepingCode(t.text()));
            } else if (span instanceof Span.Strong s) {
                out.append("**").append(CardText.escape(s.text())).append("**");
            } else if (span instanceof Span.Code c) {
                out.append('`').append(CardText.code(c.text())).append('`');
            } else if (span instanceof Span.Person p) {
                out.append(mentions.mention(p.userKey(), p.displayName()));
            } else if (span instanceof Span.Time t) {
                out.append(time(t));
            }
        }
        return out.toString();
    }

    /** Teams formats these in each reader's own zone and locale. */
    private static String time(Span.Time t) {
        String iso = t.at().truncatedTo(ChronoUnit.SECONDS).toString();
        return switch (t.style()) {
            case DATE -> "{{DATE(" + iso + ", SHORT)}}";
            case TIME -> "{{TIME(" + iso + ")}}";
            case DATE_TIME -> "{{DATE(" + iso + ", SHORT)}} {{TIME(" + iso + ")}}";
        };
    }

    /** Mention entities of one card: one per distinct person, referenced by {@code <at>Name</at>} in the text. */
    private static final class Mentions {
        private final ArrayNode entities = JSON.arrayNode();
        private final Set<String> seen = new HashSet<>();

        String mention(String userKey, String displayName) {
            String text = "<at>" + CardText.mentionName(displayName) + "</at>";
            if (seen.add(userKey + "\n" + text)) {
                ObjectNode entity = entities.addObject();
                entity.put("type", "mention");
                entity.put("text", text);
                entity.putObject("mentioned").put("id", userKey).put("name", displayName);
            }
            return text;
        }
    }

}

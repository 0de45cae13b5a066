package org.partnerbot.teams.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.partnerbot.core.testing.Sealed;
import org.partnerbot.teams.card.CardActions;
import org.partnerbot.teams.card.CardRenderer;

/**
 * Reads an Adaptive Card the bot posted back into the console's plain text, so the same scenario can be checked
 * on every platform: mentions become names, Markdown escapes are undone, buttons show the command they run.
 */
public final class CardPlainText {

    /** The card's lines, and who it was addressed to when it names one person ("For <at>dan</at>"). */
    public record Read(List<String> lines, boolean forAsker) {
    }

    private CardPlainText() {
    }

    public static JsonNode card(JsonNode activity) {
        for (JsonNode attachment : activity.path("attachments")) {
            if (CardRenderer.CONTENT_TYPE.equals(attachment.path("contentType").asText())) {
                return attachment.path("content");
            }
        }
        throw new AssertionError("no Adaptive Card in " + activity);
    }

    public static Read read(JsonNode card) {
        List<String> lines = new ArrayList<>();
        boolean forAsker = false;
        for (JsonNode element : card.path("body")) {
            if (CardRenderer.FOR_ID.equals(element.path("id").asText())) {
                forAsker = true;
                continue;
            }
            switch (element.path("type").asText()) {
                case "TextBlock" -> lines.add((element.path("isSubtle").asBoolean() ? "  " : "") + text(element));
                case "Container" -> list(element, lines);
                case "ActionSet" -> lines.add(String.join(" ", actions(element)));
                default -> throw new AssertionError("unexpected element " + element);
            }
        }
        return new Read(lines, forAsker);
    }

    private static void list(JsonNode container, List<String> lines) {
        if (CardRenderer.FILE_ID.equals(container.path("id").asText())) {
            JsonNode items = container.path("items");
            for (int i = 1; i < items.size(); i++) {
                lines.add(text(items.get(i)).equals(" ") ? "" : text(items.get(i)));
            }
            return;
        }
        for (JsonNode item : container.path("items")) {
            if (item.path("type").asText().equals("ColumnSet")) {
                JsonNode columns = item.path("columns");
                String text = text(columns.get(0).path("items").get(0));
                List<String> buttons = actions(columns.get(1).path("items").get(0));
                lines.add("  " + text + "  " + String.join(" ", buttons));
            } else if (item.path("weight").asText().equals("Bolder")) {
                lines.add(text(item));
            } else {
                lines.add("  " + text(item));
            }
        }
    }

    private static List<String> actions(JsonNode actionSet) {
        List<String> out = new ArrayList<>();
        for (JsonNode action : actionSet.path("actions")) {
            String title = action.path("title").asText();
            if (action.path("type").asText().equals("Action.ShowCard")) {
                JsonNode inner = action.path("card");
                String prompt = inner.path("body").get(0).path("label").asText();
                String command = Sealed.peek(inner.path("actions").get(0).path("data").path(CardActions.VALUE).asText()).command();
                out.add("[" + title + ": " + command + " <" + prompt.toLowerCase() + ">]");
            } else {
                out.add("[" + title + ": " + Sealed.peek(action.path("data").path(CardActions.VALUE).asText()).command() + "]");
            }
        }
        return out;
    }

    /**
     * The TextBlock's words as a reader sees them: Markdown escapes undone and bold markers dropped, except inside
     * code spans, whose text is shown as it is (a backslash there stays visible, as Teams shows it); code keeps its
     * backticks, as the console writes it, so the scenarios compare alike.
     */
    public static String text(JsonNode textBlock) {
        String s = textBlock.path("text").asText().replaceAll("</?at>", "");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && "\\*_[]`~.+-".indexOf(s.charAt(i + 1)) >= 0) {
                out.append(s.charAt(i + 1));
                i += 2;
            } else if (c == '`' && s.indexOf('`', i + 1) > 0) {
                int end = s.indexOf('`', i + 1);
                out.append(s, i, end + 1); // kept as `code`, as the console shows it
                i = end + 1;
            } else if (s.startsWith("**", i)) {
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().replace('\u2039', '<').replace('\u203A', '>').replace("{\u200B{", "{{");
    }

    private static final java.util.regex.Pattern DATE_TIME = java.util.regex.Pattern.compile(
            "\\{\\{DATE\\(([^,)]+), SHORT\\)}} \\{\\{TIME\\(\\1\\)}}");
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\{\\{DATE\\(([^,)]+), SHORT\\)}}");
    private static final java.util.regex.Pattern TIME = java.util.regex.Pattern.compile("\\{\\{TIME\\(([^)]+)\\)}}");

    /**
     * A line as a Teams client whose clock is set to {@code zone} shows it: the card's {@code DATE()} and
     * {@code TIME()} functions (which Teams formats in each reader's zone) written as the console writes times.
     */
    public static String asReadIn(String line, java.time.ZoneId zone) {
        String out = replace(line, DATE_TIME, zone, org.partnerbot.core.reply.Span.TimeStyle.DATE_TIME);
        out = replace(out, DATE, zone, org.partnerbot.core.reply.Span.TimeStyle.DATE);
        return replace(out, TIME, zone, org.partnerbot.core.reply.Span.TimeStyle.TIME);
    }

    private static String replace(String line, java.util.regex.Pattern p, java.time.ZoneId zone,
                                  org.partnerbot.core.reply.Span.TimeStyle style) {
        return p.matcher(line).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(org.partnerbot.core.reply.PlainText.formatTime(
                new org.partnerbot.core.reply.Span.Time(java.time.Instant.parse(m.group(1)), zone, style))));
    }
}

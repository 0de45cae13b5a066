package org.partnerbot.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnerbot.core.reply.ButtonValue;
import org.partnerbot.core.testing.Sealed;
import org.partnerbot.slack.fakes.FakeSlackApi;

/**
 * Reads Block Kit back as a person would see it in Slack, in the console's plain form: mentions show names,
 * dates their fallback, escapes are undone, and a button shows as {@code [Label: command]}.
 */
final class SlackText {

    private static final Pattern MENTION = Pattern.compile("<@([A-Z0-9]+)>");
    private static final Pattern DATE = Pattern.compile("<!date\\^\\d+\\^[^|>]*\\|([^>]*)>");

    private SlackText() {
    }

    static List<String> lines(JsonArray blocks) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : blocks) {
            JsonObject block = e.getAsJsonObject();
            switch (block.get("type").getAsString()) {
                case "header" -> out.add(plain(block.getAsJsonObject("text").get("text").getAsString()));
                case "section" -> {
                    String[] parts = block.getAsJsonObject("text").get("text").getAsString().split("\n", -1);
                    for (String part : parts) {
                        out.add(plain(part));
                    }
                    if (block.has("accessory")) {
                        int last = out.size() - 1;
                        out.set(last, "  " + out.get(last) + "  " + button(block.getAsJsonObject("accessory")));
                    }
                }
                case "context" -> block.getAsJsonArray("elements")
                        .forEach(x -> out.add("  " + plain(x.getAsJsonObject().get("text").getAsString())));
                case "actions" -> {
                    List<String> buttons = new ArrayList<>();
                    block.getAsJsonArray("elements").forEach(x -> buttons.add(button(x.getAsJsonObject())));
                    out.add(String.join(" ", buttons));
                }
                default -> {
                    // dividers: nothing to read
                }
            }
        }
        return out;
    }

    static String button(JsonObject button) {
        ButtonValue v = Sealed.peek(button.get("value").getAsString());
        String label = button.getAsJsonObject("text").get("text").getAsString();
        return "[" + label + ": " + v.command() + (v.prompt() == null ? "" : " <" + v.prompt().toLowerCase() + ">") + "]";
    }

    /** mrkdwn as displayed: names for mentions, fallbacks for dates, bold markers dropped, escapes undone. */
    static String plain(String mrkdwn) {
        Matcher m = MENTION.matcher(mrkdwn);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(FakeSlackApi.nameOf(m.group(1))));
        }
        m.appendTail(sb);
        String s = DATE.matcher(sb.toString()).replaceAll("$1");
        return s.replace("*", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}

package org.partnerbot.teams.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import java.util.function.Function;

/**
 * Turns Teams message text into the core's grammar, using the activity's {@code mention} entities rather than
 * guessing from the text: the bot's own mention is removed, a person's {@code <at>Name</at>} becomes
 * {@code <@KEY|Name>}, which the core reads as a person.
 */
public final class MentionText {

    /** The rewritten text and whether the bot was mentioned (which addresses a channel message to it). */
    public record Result(String text, boolean botMentioned) {
    }

    private MentionText() {
    }

    /**
     * @param userKeyOf maps a mentioned account (its {@code mentioned} JSON) to the person's user key; Teams gives a
     *                  mention's Teams id, so the caller may need to look up the Entra object id
     * @param nameOf    the person's name from the Teams roster (the directory), or null when it does not say: the
     *                  name the sender's client put in the entity is used only then, and never renames anyone
     */
    public static Result rewrite(Activity activity, Function<JsonNode, String> userKeyOf, Function<JsonNode, String> nameOf) {
        String text = activity.getText() == null ? "" : activity.getText();
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        boolean botMentioned = false;
        for (JsonNode entity : ActivityReader.entities(activity)) {
            if (!"mention".equalsIgnoreCase(entity.path("type").asText())) {
                continue;
            }
            JsonNode mentioned = entity.path("mentioned");
            String id = mentioned.path("id").asText("");
            String mentionText = entity.path("text").asText("");
            if (mentionText.isEmpty() || !text.contains(mentionText)) {
                continue;
            }
            if (!id.isEmpty() && id.equals(botId)) {
                botMentioned = true;
                text = text.replace(mentionText, " ");
            } else if (!id.isEmpty()) {
                String directory = nameOf.apply(mentioned);
                String name = directory != null && !directory.isBlank() ? directory
                        : mentioned.path("name").asText(stripTags(mentionText));
                String key = userKeyOf.apply(mentioned);
                text = text.replace(mentionText, "<@" + key + "|" + safeName(name) + ">");
            }
        }
        // Any <at> left had no entity: keep the words, drop the markup.
        // Teams may put a non-breaking space (raw or as &nbsp;) after a mention.
        text = stripTags(text).replace("&nbsp;", " ").replace('\u00a0', ' ');
        return new Result(text.strip().replaceAll("[ \\t]{2,}", " "), botMentioned);
    }

    private static String stripTags(String s) {
        return s.replaceAll("(?i)</?at>", "");
    }

    private static String safeName(String name) {
        String cleaned = name.replaceAll("[<>|]", "").strip();
        return cleaned.length() > 80 ? cleaned.substring(0, 80) : cleaned;
    }
}

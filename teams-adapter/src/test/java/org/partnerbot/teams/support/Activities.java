package org.partnerbot.teams.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Activities in the shapes Teams sends: the captured Playground fixtures, and our own team-channel and group-chat
 * messages built the same way (tenant in conversation and channelData, clientInfo entity, mention entities).
 */
public final class Activities {

    public static final String TENANT = "00000000-0000-0000-0000-0000000000001";
    public static final String WORKSPACE = "teams:" + TENANT;
    public static final String BOT_ID = "28:partnerbot-app-id";
    public static final String BOT_NAME = "Partnerbot";
    public static final String CHANNEL = "19:northside@thread.tacv2";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern AT_NAME = Pattern.compile("(?<![\\w<])@([\\p{L}][\\p{L}\\p{N}._-]*)");

    private Activities() {
    }

    /** A captured fixture, pointed at the fake connector. */
    public static ObjectNode fixture(String name, String serviceUrl) {
        try (InputStream in = Activities.class.getResourceAsStream("/fixtures/teams/" + name)) {
            ObjectNode node = (ObjectNode) JSON.readTree(in);
            node.put("serviceUrl", serviceUrl);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A post in a thread of the team channel; {@code @name} becomes a Teams mention, the bot is mentioned if asked. */
    public static ObjectNode channelMessage(String serviceUrl, String speaker, String thread, String text, boolean mentionBot) {
        ObjectNode a = base(serviceUrl, speaker, "message");
        ObjectNode conversation = a.putObject("conversation");
        conversation.put("isGroup", true).put("conversationType", "channel").put("tenantId", TENANT)
                .put("id", CHANNEL + ";messageid=" + thread);
        ObjectNode channelData = a.putObject("channelData");
        channelData.put("teamsChannelId", CHANNEL).put("teamsTeamId", "19:team@thread.tacv2");
        channelData.putObject("tenant").put("id", TENANT);
        channelData.putObject("team").put("id", "19:team@thread.tacv2");
        channelData.putObject("channel").put("id", CHANNEL);
        withText(a, text, mentionBot);
        return a;
    }

    /** A message in a group chat (its own conversation, no channel). */
    public static ObjectNode groupChatMessage(String serviceUrl, String speaker, String chatId, String text, boolean mentionBot) {
        ObjectNode a = base(serviceUrl, speaker, "message");
        a.putObject("conversation").put("isGroup", true).put("conversationType", "groupChat").put("tenantId", TENANT)
                .put("id", chatId);
        a.putObject("channelData").putObject("tenant").put("id", TENANT);
        withText(a, text, mentionBot);
        return a;
    }

    /** A message in the speaker's personal chat with the bot. */
    public static ObjectNode personalMessage(String serviceUrl, String speaker, String text) {
        ObjectNode a = base(serviceUrl, speaker, "message");
        a.putObject("conversation").put("conversationType", "personal").put("tenantId", TENANT)
                .put("id", "a:personal-" + speaker);
        a.putObject("channelData").putObject("tenant").put("id", TENANT);
        withText(a, text, false);
        return a;
    }

    public static String teamsId(String speaker) {
        return "29:" + speaker;
    }

    public static String aadId(String speaker) {
        return "aad-" + speaker;
    }

    private static ObjectNode base(String serviceUrl, String speaker, String type) {
        ObjectNode a = JSON.createObjectNode();
        a.put("type", type);
        a.put("id", UUID.randomUUID().toString());
        a.put("timestamp", "2026-11-27T10:00:00.000Z");
        a.put("serviceUrl", serviceUrl);
        a.put("channelId", "msteams");
        a.putObject("from").put("id", teamsId(speaker)).put("name", speaker).put("aadObjectId", aadId(speaker));
        a.putObject("recipient").put("id", BOT_ID).put("name", BOT_NAME);
        a.put("locale", "en-GB");
        a.put("textFormat", "plain");
        ArrayNode entities = a.putArray("entities");
        entities.addObject().put("type", "clientInfo").put("locale", "en-GB").put("country", "GB")
                .put("platform", "Web").put("timezone", "Europe/London");
        return a;
    }

    private static void withText(ObjectNode a, String text, boolean mentionBot) {
        ArrayNode entities = (ArrayNode) a.get("entities");
        Matcher m = AT_NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String at = "<at>" + name + "</at>";
            m.appendReplacement(out, Matcher.quoteReplacement(at));
            ObjectNode mention = entities.addObject().put("type", "mention").put("text", at);
            mention.putObject("mentioned").put("id", teamsId(name)).put("name", name);
        }
        m.appendTail(out);
        String body = out.toString();
        if (mentionBot) {
            String at = "<at>" + BOT_NAME + "</at>";
            body = at + " " + body;
            ObjectNode mention = entities.addObject().put("type", "mention").put("text", at);
            mention.putObject("mentioned").put("id", BOT_ID).put("name", BOT_NAME);
        }
        a.put("text", body);
    }

    /**
     * People added to the team channel, as Teams reports it ({@code conversationUpdate}, {@code teamMemberAdded}):
     * by Teams id and Entra id only, without their names (the roster has those).
     */
    public static ObjectNode membersAdded(String serviceUrl, String addedBy, String... people) {
        ObjectNode a = base(serviceUrl, addedBy, "conversationUpdate");
        a.putObject("conversation").put("isGroup", true).put("conversationType", "channel").put("tenantId", TENANT)
                .put("id", CHANNEL);
        ObjectNode channelData = a.putObject("channelData");
        channelData.put("eventType", "teamMemberAdded");
        channelData.putObject("tenant").put("id", TENANT);
        channelData.putObject("team").put("id", "19:team@thread.tacv2");
        ArrayNode added = a.putArray("membersAdded");
        for (String who : people) {
            added.addObject().put("id", teamsId(who)).put("aadObjectId", aadId(who));
        }
        return a;
    }

    /** An Action.Submit press: a message whose value is the button's data. */
    public static ObjectNode submit(ObjectNode like, JsonNode data) {
        ObjectNode a = like.deepCopy();
        a.put("id", UUID.randomUUID().toString());
        a.remove("text");
        a.set("value", data);
        ArrayNode entities = JSON.createArrayNode();
        for (JsonNode e : like.withArray("entities")) {
            if (!"mention".equals(e.path("type").asText())) {
                entities.add(e);
            }
        }
        a.set("entities", entities);
        return a;
    }
}

package org.partnerbot.teams.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * What an accepted activity leaves in the inbox: the activity as parsed (without its attachments, which the bot does
 * not read: Teams repeats a message there as HTML) and the identity its token proved, so its turn runs later under the
 * same identity without the token (which expires, and is a credential).
 */
public record StoredActivity(Activity activity, ClaimsIdentity identity) {

    public String toJson() {
        Activity kept = Activity.clone(activity);
        kept.setAttachments(null);
        ObjectNode node = Serialization.createObjectNode();
        node.set("activity", Serialization.objectToTree(kept));
        node.put("issuer", identity.getIssuer());
        node.put("type", identity.getType());
        node.set("claims", Serialization.objectToTree(identity.claims() == null ? Map.of() : identity.claims()));
        return node.toString();
    }

    public static StoredActivity fromJson(String json) {
        try {
            JsonNode node = Serialization.jsonToTree(json);
            Activity activity = Serialization.getAs(node.get("activity"), Activity.class);
            Map<String, String> claims = new HashMap<>();
            node.path("claims").fields().forEachRemaining(e -> claims.put(e.getKey(), e.getValue().asText()));
            String type = node.path("type").isNull() ? null : node.path("type").asText(null);
            return new StoredActivity(activity, new ClaimsIdentity(node.path("issuer").asText(null), type, claims));
        } catch (IOException e) {
            throw new UncheckedIOException("a kept activity could not be read back", e);
        }
    }
}

package org.partnerbot.slack.blocks;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Optional;
import org.partnerbot.core.reply.Button;

/**
 * What a Slack button carries back: the command it runs, the partnership it is bound to (App Home, direct
 * messages) and the prompt of its modal. The presser's client sends this value, so it is only ever run as if the
 * presser had typed the command, in the presser's own workspace: a forged value gains nothing.
 */
public record ButtonValue(String command, Long partnershipId, String prompt) {

    /** Block Kit's limit on a button value. */
    static final int MAX = 2000;
    private static final Gson GSON = new Gson();

    public static ButtonValue of(Button button, Long bindTo) {
        Long partnership = button.partnershipId() != null ? button.partnershipId() : bindTo;
        return new ButtonValue(button.command(), partnership, button.prompt());
    }

    public String encode() {
        JsonObject o = new JsonObject();
        o.addProperty("c", command);
        if (partnershipId != null) {
            o.addProperty("p", partnershipId);
        }
        if (prompt != null) {
            o.addProperty("q", prompt);
        }
        return GSON.toJson(o);
    }

    /** Empty for anything that is not a value this adapter wrote (old messages, other apps, tampering). */
    public static Optional<ButtonValue> decode(String value) {
        if (value == null || value.isBlank() || value.length() > MAX * 2) {
            return Optional.empty();
        }
        try {
            JsonObject o = JsonParser.parseString(value).getAsJsonObject();
            if (!o.has("c") || !o.get("c").isJsonPrimitive()) {
                return Optional.empty();
            }
            Long p = o.has("p") ? o.get("p").getAsLong() : null;
            String q = o.has("q") ? o.get("q").getAsString() : null;
            return Optional.of(new ButtonValue(o.get("c").getAsString(), p, q));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}

package org.partnerbot.core.reply;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a pressed button carries back: the command it runs, the partnership it is bound to (App Home, direct
 * messages) and the prompt that asks for text first. Platforms only ever hold it sealed ({@link Seal#button}), so the
 * bot can tell its own values from edited or foreign ones.
 */
public record ButtonValue(String command, Long partnershipId, String prompt, Integer from) {

    public ButtonValue(String command, Long partnershipId, String prompt) {
        this(command, partnershipId, prompt, null);
    }

    public static ButtonValue of(Button button, Long bindTo) {
        Long partnership = button.partnershipId() != null ? button.partnershipId() : bindTo;
        return new ButtonValue(button.command(), partnership, button.prompt(), button.from());
    }

    /** A compact form: {@code c=…&p=…&q=…&o=…}, each part URL-encoded. */
    public String encode() {
        StringBuilder out = new StringBuilder("c=").append(URLEncoder.encode(command, StandardCharsets.UTF_8));
        if (partnershipId != null) {
            out.append("&p=").append(partnershipId);
        }
        if (prompt != null) {
            out.append("&q=").append(URLEncoder.encode(prompt, StandardCharsets.UTF_8));
        }
        if (from != null) {
            out.append("&o=").append(from);
        }
        return out.toString();
    }

    /** Empty for anything that is not an encoded value. */
    public static Optional<ButtonValue> decode(String encoded) {
        try {
            Map<String, String> parts = new HashMap<>();
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                if (eq < 1 || parts.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)) != null) {
                    return Optional.empty();
                }
            }
            String c = parts.get("c");
            if (c == null || c.isBlank()) {
                return Optional.empty();
            }
            Long p = parts.containsKey("p") ? Long.valueOf(parts.get("p")) : null;
            Integer o = parts.containsKey("o") ? Integer.valueOf(parts.get("o")) : null;
            if (o != null && o < 0) {
                return Optional.empty();
            }
            return Optional.of(new ButtonValue(c, p, parts.get("q"), o));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}

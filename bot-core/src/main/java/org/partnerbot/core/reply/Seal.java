package org.partnerbot.core.reply;

import java.util.Optional;

/**
 * Signs what the bot hands a platform to give back later — every button's value, a Slack modal's private metadata, a
 * Teams card's data — and checks it when it comes back. Renderers seal every button they draw; what comes back is
 * opened here and nowhere else, so a tampered, forged or foreign value is never trusted. A value that opens is still
 * only run as its presser's own command, against their membership now.
 */
public interface Seal {

    /** The text with the bot's signature, safe to hand out. */
    String seal(String text);

    /** The text, if {@code sealed} is exactly something this bot sealed; empty for anything else. */
    Optional<String> open(String sealed);

    /** The sealed value a platform's button carries. {@code bindTo} ties it to a partnership when the button has none. */
    default String button(Button button, Long bindTo) {
        return seal(ButtonValue.of(button, bindTo).encode());
    }

    /** The value of a pressed button, if this bot made it. */
    default Optional<ButtonValue> pressed(String value) {
        return value == null ? Optional.empty() : open(value).flatMap(ButtonValue::decode);
    }
}

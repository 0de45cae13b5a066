package org.partnerbot.teams.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.partnerbot.teams.card.CardActions;

/**
 * A pressed card button: the sealed value it carried, exactly as Teams sent it back (only the core opens it), and any
 * text the presser typed into the card. Data with neither a value nor an old plain command is not from a Partnerbot
 * card at all.
 */
public record ButtonPress(String value, String typed) {

    /** From an {@code Action.Submit} value, or the {@code action.data} of an {@code Action.Execute} invoke. */
    public static Optional<ButtonPress> from(JsonNode data) {
        if (data == null || !data.isObject()) {
            return Optional.empty();
        }
        boolean ours = data.path(CardActions.VALUE).isTextual() || data.path(CardActions.COMMAND).isTextual();
        if (!ours) {
            return Optional.empty();
        }
        // A plain command (an old card, or an edited one) has no sealed value: the core refuses it.
        String value = data.path(CardActions.VALUE).asText("");
        String typed = data.path(CardActions.TEXT).asText("").strip();
        return Optional.of(new ButtonPress(value, typed.isEmpty() ? null : typed));
    }

    /** The data of an {@code adaptiveCard/action} invoke value. */
    public static Optional<ButtonPress> fromInvoke(JsonNode value) {
        return value == null ? Optional.empty() : from(value.path("action").path("data"));
    }
}

package org.partnerbot.teams.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.partnerbot.teams.card.CardActions;

/**
 * A pressed card button: the command it runs (plus any text the presser typed into the card) and the
 * partnership it names. Presses run like typed text, so a forged value can do no more than its presser could type.
 */
public record ButtonPress(String command, Long partnershipId) {

    /** From an {@code Action.Submit} value, or the {@code action.data} of an {@code Action.Execute} invoke. */
    public static Optional<ButtonPress> from(JsonNode data) {
        if (data == null || !data.path(CardActions.COMMAND).isTextual()) {
            return Optional.empty();
        }
        String command = data.path(CardActions.COMMAND).asText().strip();
        String typed = data.path(CardActions.TEXT).asText("").strip();
        if (!typed.isEmpty()) {
            command = command + " " + typed;
        }
        JsonNode id = data.path(CardActions.PARTNERSHIP);
        Long partnershipId = id.canConvertToLong() ? id.asLong() : null;
        return command.isEmpty() ? Optional.empty() : Optional.of(new ButtonPress(command, partnershipId));
    }

    /** The data of an {@code adaptiveCard/action} invoke value. */
    public static Optional<ButtonPress> fromInvoke(JsonNode value) {
        return value == null ? Optional.empty() : from(value.path("action").path("data"));
    }
}

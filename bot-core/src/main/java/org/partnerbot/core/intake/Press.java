package org.partnerbot.core.intake;

import java.util.Objects;
import org.partnerbot.core.command.Speaker;

/**
 * A button pressed (or a form submitted), translated by an adapter into neutral terms: where and by whom, and the
 * value the platform handed back exactly as it came. Only the core opens that value.
 *
 * @param value      the sealed value the button carried (a Slack button's value, a Teams card's data)
 * @param typed      what the presser typed into the form the button opened, already in the core's text form, or null
 * @param deliveryId the platform's id for this press, or null
 */
public record Press(String workspace, String conversationKey, String conversationRef, ConversationKind kind,
                    Speaker speaker, String value, String typed, String deliveryId) {

    public Press {
        Objects.requireNonNull(workspace);
        Objects.requireNonNull(conversationKey);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(speaker);
    }
}

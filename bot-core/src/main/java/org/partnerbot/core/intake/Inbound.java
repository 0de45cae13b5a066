package org.partnerbot.core.intake;

import java.util.Objects;
import org.partnerbot.core.command.Speaker;

/**
 * Something a person said or pressed, translated by an adapter into neutral terms.
 *
 * @param workspace       isolation boundary ({@code slack:T123}, {@code teams:<tenant>}, {@code console})
 * @param conversationKey the conversation the partnership is bound to (channel id; for DMs the DM id)
 * @param conversationRef what the adapter needs to post into this conversation later; stored at setup
 * @param addressed       true when the text was meant for the bot (slash command, mention, DM, console,
 *                        button); channel chatter is not addressed, and only MeetBot lines run from it
 * @param partnershipId   set when a button outside the channel (App Home, DM) names its partnership
 * @param deliveryId      the platform's id for this delivery (Slack event_id, Teams activity id), or null;
 *                        a platform retry with the same id has no second effect
 */
public record Inbound(String workspace, String conversationKey, String conversationRef, ConversationKind kind,
                      Speaker speaker, String text, boolean addressed, Long partnershipId, String deliveryId) {

    public Inbound {
        Objects.requireNonNull(workspace);
        Objects.requireNonNull(conversationKey);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(speaker);
        text = text == null ? "" : text;
    }

    public static Inbound command(String workspace, String conversationKey, String conversationRef,
                                  Speaker speaker, String text) {
        return new Inbound(workspace, conversationKey, conversationRef, ConversationKind.CHANNEL, speaker, text, true, null, null);
    }

    public Inbound withDeliveryId(String id) {
        return new Inbound(workspace, conversationKey, conversationRef, kind, speaker, text, addressed, partnershipId, id);
    }
}

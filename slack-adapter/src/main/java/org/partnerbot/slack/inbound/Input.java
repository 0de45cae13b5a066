package org.partnerbot.slack.inbound;

import org.partnerbot.core.intake.ConversationKind;

/**
 * One thing said or pressed in Slack, before the slow part (user lookup, the core) runs.
 *
 * @param workspace       {@code slack:T…} key from the request itself
 * @param channel         the channel (or DM) id; also the reference the core stores for posting later
 * @param text            the text to run
 * @param slackFormatted  true when {@code text} is in Slack's message format (escaped, with markup) and must be
 *                        converted; false for commands this adapter wrote itself (button values)
 * @param addressed       meant for the bot (slash command, mention, DM, button) rather than channel chatter
 * @param partnershipId   the partnership a button is bound to, or null
 * @param deliveryId      Slack's event_id for events (retries repeat it), {@code slash:<trigger_id>} for slash
 *                        commands, null for the rest
 */
public record Input(String workspace, String channel, ConversationKind kind, String userId, String text,
                    boolean slackFormatted, boolean addressed, Long partnershipId, String deliveryId) {
}

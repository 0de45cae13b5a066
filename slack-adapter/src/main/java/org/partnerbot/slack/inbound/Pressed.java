package org.partnerbot.slack.inbound;

import org.partnerbot.core.intake.ConversationKind;

/**
 * A button pressed or a form submitted in Slack, before the slow part runs.
 *
 * @param channel the conversation it was pressed in (for App Home, the person's home key)
 * @param value   the button's value exactly as Slack sent it back; only the core opens it
 * @param typed   what the person typed into the form the button opened, raw as Slack sends view state; or null
 */
public record Pressed(String workspace, String channel, ConversationKind kind, String userId, String value, String typed) {
}

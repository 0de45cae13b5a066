package org.partnerbot.slack.inbound;

import com.google.gson.Gson;
import org.partnerbot.core.intake.ConversationKind;

/**
 * What an accepted Slack input leaves in the inbox: what to run and where to answer, in as few fields as that takes.
 * Never the request itself (it carries the legacy verification token and everything else Slack sent).
 *
 * @param text           the text to run ({@link Kind#SAY}), the button's value as Slack sent it back ({@link Kind#PRESS},
 *                       only the core opens it); null for the other kinds
 * @param slackFormatted true when {@code text} is in Slack's message format and must be converted
 * @param addressed      meant for the bot (slash command, mention, DM, button) rather than channel chatter
 * @param partnershipId  the partnership a button is bound to, or null
 * @param responseUrl    where a slash command or a button in a message answers ({@link Answer#RESPONSE_URL})
 * @param threadTs       the thread a mention or a channel line was said in, or null
 * @param typed          what the person typed into the form a button opened (raw, as Slack sends view state), or null
 * @param userTeam       the person's own workspace when the payload names it ({@code user_team} in a Slack Connect
 *                       channel), else null (then {@code users.info} says)
 */
record Pending(Kind kind, String workspace, String channel, String user, String text, boolean slackFormatted,
               boolean addressed, Long partnershipId, Answer answer, String responseUrl, String threadTs, String typed,
               String userTeam) {

    Pending(Kind kind, String workspace, String channel, String user, String text, boolean slackFormatted,
            boolean addressed, Long partnershipId, Answer answer, String responseUrl, String threadTs, String typed) {
        this(kind, workspace, channel, user, text, slackFormatted, addressed, partnershipId, answer, responseUrl, threadTs,
                typed, null);
    }

    /** What the worker does with it. */
    enum Kind {
        /** Run the text through the bot and answer. */
        SAY,
        /** Publish the person's App Home tab. */
        HOME_OPENED,
        /** Someone joined a channel: the core may welcome them; the bot itself joining introduces it. */
        JOINED,
        /** A button pressed (or the form it opened submitted): the core opens its value and answers. */
        PRESS,
        /** Someone left a channel: a membership through it ends. */
        LEFT
    }

    /** Where the answer goes. */
    enum Answer {
        /** The response URL (a slash command, a button in a message), falling back to the channel when it expired. */
        RESPONSE_URL,
        /** Posted in the channel or thread, or ephemeral to the asker when only they should see it. */
        CHANNEL,
        /** The direct conversation with the bot. */
        DIRECT,
        /** The person's App Home tab, refreshed with the answer on top (a press in the tab). */
        HOME
    }

    private static final Gson JSON = new Gson();

    ConversationKind conversationKind() {
        return answer == Answer.DIRECT || answer == Answer.HOME ? ConversationKind.DIRECT : SlashCommands.kindOf(channel);
    }

    String toJson() {
        return JSON.toJson(this);
    }

    static Pending fromJson(String json) {
        return JSON.fromJson(json, Pending.class);
    }
}

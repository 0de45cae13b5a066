package org.partnerbot.teams.turn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.reply.Audience;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.teams.card.CardRenderer;
import org.partnerbot.teams.inbound.ActivityReader;

/** Answers within a turn: a card in the thread the activity came from, or the body of an invoke's response. */
final class Replies {

    private Replies() {
    }

    static void send(TurnContext turn, Reply reply) {
        Attachment attachment = new Attachment();
        attachment.setContentType(CardRenderer.CONTENT_TYPE);
        attachment.setContent(card(turn.getActivity(), reply));
        Activity message = MessageFactory.attachment(attachment);
        message.setSummary(reply.summary()); // what notifications show
        turn.sendActivity(message).join();
    }

    static ObjectNode card(Activity activity, Reply reply) {
        return CardRenderer.render(reply, asker(activity, reply));
    }

    static void invokeResponse(TurnContext turn, InvokeResponse response) {
        Activity activity = new Activity(ActivityTypes.INVOKE_RESPONSE);
        activity.setValue(response);
        turn.sendActivity(activity).join();
    }

    /** Teams has no private replies in a shared conversation, so an answer for one person says whom it is for. */
    private static CardRenderer.Asker asker(Activity activity, Reply reply) {
        if (reply.audience() != Audience.ASKER || ActivityReader.personal(activity)) {
            return null;
        }
        Speaker speaker = ActivityReader.speaker(activity);
        return new CardRenderer.Asker(speaker.userKey(), speaker.displayName());
    }
}

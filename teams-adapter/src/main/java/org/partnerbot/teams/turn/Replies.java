package org.partnerbot.teams.turn;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import java.util.List;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.reply.Audience;
import org.partnerbot.core.reply.Block;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Seal;
import org.partnerbot.teams.card.CardRenderer;
import org.partnerbot.teams.inbound.ActivityReader;

/**
 * Answers within a turn: a card in the thread the activity came from, or the body of an invoke's response. A personal
 * file (`my data`) asked for in a channel or group chat goes to the asker's personal chat instead, never to the thread.
 */
final class Replies {

    private final Seal seal;
    private final PersonalChat personal;

    Replies(Seal seal, PersonalChat personal) {
        this.seal = seal;
        this.personal = personal;
    }

    void send(TurnContext turn, Reply reply) {
        Activity activity = turn.getActivity();
        Reply here = reply;
        if (!ActivityReader.personal(activity) && hasPersonalFile(reply)) {
            Speaker speaker = ActivityReader.speaker(activity);
            personal.send(ActivityReader.workspace(activity), speaker.userKey(), speaker.displayName(), reply);
            here = new Reply(reply.audience(), reply.blocks().stream()
                    .filter(b -> !(b instanceof Block.Attachment a && a.personal())).toList());
        }
        Attachment attachment = new Attachment();
        attachment.setContentType(CardRenderer.CONTENT_TYPE);
        attachment.setContent(card(activity, here));
        Activity message = MessageFactory.attachment(attachment);
        message.setSummary(here.summary()); // what notifications show
        turn.sendActivity(message).join();
    }

    ObjectNode card(Activity activity, Reply reply) {
        return CardRenderer.render(reply, asker(activity, reply), seal);
    }

    static void invokeResponse(TurnContext turn, InvokeResponse response) {
        Activity activity = new Activity(ActivityTypes.INVOKE_RESPONSE);
        activity.setValue(response);
        turn.sendActivity(activity).join();
    }

    private static boolean hasPersonalFile(Reply reply) {
        List<Block> blocks = reply.blocks();
        return blocks.stream().anyMatch(b -> b instanceof Block.Attachment a && a.personal());
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

package org.partnerbot.teams.turn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.BotCallbackHandler;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Serialization;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.partnerbot.core.access.Leaving;
import org.partnerbot.core.bot.PartnerBot;
import org.partnerbot.core.intake.Inbound;
import org.partnerbot.core.intake.Press;
import org.partnerbot.core.i18n.Bilingual;
import org.partnerbot.core.i18n.Texts;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.welcome.Joining;
import org.partnerbot.teams.card.CardRenderer;
import org.partnerbot.teams.connector.ReferenceStore;
import org.partnerbot.teams.connector.TeamsRoster;
import org.partnerbot.teams.inbound.ActivityReader;
import org.partnerbot.teams.inbound.ButtonPress;
import org.partnerbot.teams.inbound.MentionText;
import org.partnerbot.teams.inbound.MentionedPeople;
import org.partnerbot.teams.inbound.TypedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Bot Framework turn. Messages and card presses go to the core as {@link Inbound}s and come back as cards in
 * the same thread; installs store the conversation reference (for reminders) and welcome once.
 */
public final class TeamsTurn implements Bot {

    private static final Logger log = LoggerFactory.getLogger(TeamsTurn.class);
    private static final int MAX_DELIVERY_ID = 300;

    private final PartnerBot bot;
    private final ConversationMemory memory;
    private final MentionedPeople people = new MentionedPeople();
    private final Replies replies;
    private final TeamsRoster roster;

    /**
     * @param personal sends a reply meant for one person to their personal chat (a `my data` file asked for in a
     *                 channel), through the outbound messenger
     */
    public TeamsTurn(PartnerBot bot, ReferenceStore references, TeamsRoster roster, PersonalChat personal) {
        this.bot = bot;
        this.memory = new ConversationMemory(references);
        this.roster = roster;
        this.replies = new Replies(bot.seal(), personal);
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn) {
        Activity activity = turn.getActivity();
        String type = activity.getType() == null ? "" : activity.getType();
        switch (type) {
            case ActivityTypes.MESSAGE -> onMessage(turn, activity);
            case ActivityTypes.INVOKE -> onInvoke(turn, activity);
            case ActivityTypes.CONVERSATION_UPDATE -> onConversationUpdate(turn, activity);
            case ActivityTypes.INSTALLATION_UPDATE -> onInstallationUpdate(turn, activity);
            default -> log.debug("ignored {} activity", type);
        }
        return CompletableFuture.completedFuture(null);
    }

    private void onMessage(TurnContext turn, Activity activity) {
        memory.remember(activity);
        JsonNode value = activity.getValue() == null ? null : Serialization.objectToTree(activity.getValue());
        Optional<Reply> reply;
        if (value != null && value.isObject()) {
            Optional<ButtonPress> press = ButtonPress.from(value);
            if (press.isEmpty()) {
                replies.send(turn, notOurs(activity));
                return;
            }
            reply = bot.press(press(activity, press.get()));
        } else {
            MentionText.Result text = MentionText.rewrite(activity, mentioned -> people.userKey(turn, mentioned),
                    mentioned -> people.nameOf(turn, mentioned));
            if (text.text().isEmpty() && !text.botMentioned()) {
                return; // an image, a sticker: nothing to read
            }
            // In a channel or group chat only a mention addresses the bot; other lines count as talk in a meeting.
            boolean addressed = ActivityReader.personal(activity) || text.botMentioned();
            reply = bot.handle(inbound(activity, text.text(), addressed, null));
        }
        reply.ifPresent(r -> replies.send(turn, r));
    }

    /** {@code Action.Execute}: run the button's command and answer with a card showing the outcome. */
    private void onInvoke(TurnContext turn, Activity activity) {
        if (!"adaptiveCard/action".equals(activity.getName())) {
            Replies.invokeResponse(turn, new InvokeResponse(200, Serialization.createObjectNode()));
            return;
        }
        memory.remember(activity);
        JsonNode value = activity.getValue() == null ? null : Serialization.objectToTree(activity.getValue());
        Reply reply = ButtonPress.fromInvoke(value)
                .map(p -> bot.press(press(activity, p)).orElseGet(() -> Reply.toAsker(reader(activity).t("teams.press.done"))))
                .orElseGet(() -> notOurs(activity));
        ObjectNode body = Serialization.createObjectNode();
        body.put("statusCode", 200);
        body.put("type", CardRenderer.CONTENT_TYPE);
        body.set("value", replies.card(activity, reply));
        Replies.invokeResponse(turn, new InvokeResponse(200, body));
    }

    private void onConversationUpdate(TurnContext turn, Activity activity) {
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        if (contains(activity.getMembersRemoved(), botId)) {
            memory.forget(activity);
        } else if (contains(activity.getMembersAdded(), botId)) {
            installed(turn, activity);
        } else {
            memory.remember(activity);
            welcome(turn, activity, botId);
            removed(activity);
        }
    }

    /**
     * People removed from a channel's team or a group chat ({@code membersRemoved}): their membership through it ends at
     * once. Teams names them by their Teams id only, so the Entra id the bot knows them by is looked up.
     */
    private void removed(Activity activity) {
        if (activity.getMembersRemoved() == null || ActivityReader.personal(activity)) {
            return;
        }
        String workspace = ActivityReader.workspace(activity);
        String key = ActivityReader.conversationKey(activity);
        for (ChannelAccount gone : activity.getMembersRemoved()) {
            if (gone.getId() == null) {
                continue;
            }
            String user = memory.userKeyOf(workspace, gone);
            roster.changed(workspace, user);
            String delivery = activity.getId() == null ? null : deliveryId(activity, "/removed/" + hashed(gone.getId()));
            bot.left(new Leaving(workspace, key, user, delivery));
        }
    }

    /**
     * People added to a channel or group chat: the core welcomes them if it is a partnership's (by personal chat,
     * through the outbox), as Slack does for {@code member_joined_channel}.
     */
    private void welcome(TurnContext turn, Activity activity, String botId) {
        if (activity.getMembersAdded() == null || ActivityReader.personal(activity)) {
            return;
        }
        String workspace = ActivityReader.workspace(activity);
        String key = ActivityReader.conversationKey(activity);
        for (ChannelAccount added : activity.getMembersAdded()) {
            if (added.getId() == null || added.getId().equals(botId)) {
                continue;
            }
            ChannelAccount member = people.named(turn, added);
            String user = ActivityReader.userKey(member);
            if (user == null) {
                continue; // nobody to welcome without their Entra object id
            }
            memory.rememberMember(activity, member);
            roster.changed(workspace, user);
            // The delivery id names the person only by a hash: the de-duplication log keeps no user key.
            String delivery = activity.getId() == null ? null : deliveryId(activity, "/joined/" + hashed(user));
            bot.joined(new Joining(workspace, key, user, member.getName(), delivery));
        }
    }

    private void onInstallationUpdate(TurnContext turn, Activity activity) {
        String action = activity.getAction() == null ? "" : activity.getAction();
        if (action.startsWith("remove")) {
            memory.forget(activity);
        } else {
            installed(turn, activity);
        }
    }

    /** Teams sends both an installationUpdate and a conversationUpdate on install: welcome only once. */
    private void installed(TurnContext turn, Activity activity) {
        if (memory.remember(activity)) {
            boolean personal = ActivityReader.personal(activity);
            // A personal chat is read by the person who installed the bot; a channel that is no partnership yet reads
            // what a new partnership's channel reads.
            replies.send(turn, personal ? Welcome.reply(true, reader(activity))
                    : Bilingual.compose(bot.unboundChannelReaders(), t -> Welcome.reply(false, t)));
        }
    }

    /** A value that is no button of this bot's: said to the presser in their language, nothing done. */
    private Reply notOurs(Activity activity) {
        return Reply.toAsker(reader(activity).t("teams.press.notOurs"));
    }

    /**
     * The language of the person behind an activity as this process knows it without the database (the one it last
     * wrote to them in, else their Teams client's locale): for answers on the acknowledgement's path only.
     */
    public Texts ackReader(Activity activity) {
        return bot.ackReader(ActivityReader.workspace(activity), ActivityReader.speaker(activity).userKey(),
                activity.getLocale());
    }

    /** The language of the person behind the activity: their choice, else their Teams client's locale. */
    private Texts reader(Activity activity) {
        return bot.readerOf(ActivityReader.workspace(activity), ActivityReader.speaker(activity));
    }

    private static Press press(Activity activity, ButtonPress pressed) {
        String key = ActivityReader.conversationKey(activity);
        return new Press(ActivityReader.workspace(activity), key, ReferenceStore.conversationKey(key),
                ActivityReader.kind(activity), ActivityReader.speaker(activity), pressed.value(),
                TypedText.defuse(pressed.typed()), deliveryId(activity));
    }

    private static Inbound inbound(Activity activity, String text, boolean addressed, Long partnershipId) {
        String key = ActivityReader.conversationKey(activity);
        return new Inbound(ActivityReader.workspace(activity), key, ReferenceStore.conversationKey(key),
                ActivityReader.kind(activity), ActivityReader.speaker(activity), text, addressed, partnershipId,
                deliveryId(activity));
    }

    /**
     * Activity ids are unique within a conversation; Teams resends the same id when the bot was slow. Also the
     * activity's key in the inbox. Null when it has no id.
     */
    public static String deliveryId(Activity activity) {
        return deliveryId(activity, "");
    }

    /**
     * The turn of an activity whose command committed before the process stopped: its kept answer is sent, nothing is
     * run again.
     */
    public BotCallbackHandler answerAgain(Reply answer) {
        return turn -> {
            if (!answer.isEmpty() && !turn.getActivity().isType(ActivityTypes.INVOKE)) {
                replies.send(turn, answer);
            }
            return CompletableFuture.completedFuture(null);
        };
    }

    /** @param part which part of the activity (one of several people it adds), so each has its own effect */
    private static String deliveryId(Activity activity, String part) {
        if (activity.getId() == null || activity.getId().isBlank()) {
            return null;
        }
        String id = "teams:" + ActivityReader.conversationId(activity) + "/" + activity.getId() + part;
        if (id.length() <= MAX_DELIVERY_ID) {
            return id;
        }
        return "teams:sha256:" + hashed(id);
    }

    private static String hashed(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean contains(List<ChannelAccount> accounts, String id) {
        return id != null && accounts != null && accounts.stream().anyMatch(a -> id.equals(a.getId()));
    }
}

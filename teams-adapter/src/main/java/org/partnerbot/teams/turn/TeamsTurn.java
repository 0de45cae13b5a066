package org.partnerbot.teams.turn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsInfo;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.TeamsChannelAccount;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.partnerbot.core.bot.ConversationKind;
import org.partnerbot.core.bot.Inbound;
import org.partnerbot.core.bot.PartnerBot;
import org.partnerbot.core.command.Speaker;
import org.partnerbot.core.reply.Audience;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.teams.card.CardRenderer;
import org.partnerbot.teams.connector.ReferenceStore;
import org.partnerbot.teams.inbound.ActivityReader;
import org.partnerbot.teams.inbound.ButtonPress;
import org.partnerbot.teams.inbound.MentionText;
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
    private final ReferenceStore references;
    private final Map<String, String> aadIdByTeamsId = new ConcurrentHashMap<>();

    public TeamsTurn(PartnerBot bot, ReferenceStore references) {
        this.bot = bot;
        this.references = references;
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
        remember(activity);
        JsonNode value = activity.getValue() == null ? null : Serialization.objectToTree(activity.getValue());
        Inbound in;
        if (value != null && value.isObject()) {
            Optional<ButtonPress> press = ButtonPress.from(value);
            if (press.isEmpty()) {
                send(turn, Reply.toAsker("That button is not one of mine, so I did nothing. Type `help` to see what I can do."),
                        activity);
                return;
            }
            in = inbound(activity, press.get().command(), true, press.get().partnershipId());
        } else {
            MentionText.Result text = MentionText.rewrite(activity, mentioned -> userKeyOf(turn, mentioned));
            if (text.text().isEmpty() && !text.botMentioned()) {
                return; // an image, a reaction card: nothing to read
            }
            boolean addressed = ActivityReader.personal(activity) || text.botMentioned();
            in = inbound(activity, text.text(), addressed, null);
        }
        bot.handle(in).ifPresent(reply -> send(turn, reply, activity));
    }

    /** {@code Action.Execute}: run the button's command and answer with a card showing the outcome. */
    private void onInvoke(TurnContext turn, Activity activity) {
        if (!"adaptiveCard/action".equals(activity.getName())) {
            invokeResponse(turn, new InvokeResponse(200, Serialization.createObjectNode()));
            return;
        }
        remember(activity);
        JsonNode value = activity.getValue() == null ? null : Serialization.objectToTree(activity.getValue());
        Optional<ButtonPress> press = ButtonPress.fromInvoke(value);
        Reply reply = press.map(p -> bot.handle(inbound(activity, p.command(), true, p.partnershipId()))
                        .orElse(Reply.toAsker("Done.")))
                .orElse(Reply.toAsker("That button is not one of mine, so I did nothing. Type `help` to see what I can do."));
        ObjectNode body = Serialization.createObjectNode();
        body.put("statusCode", 200);
        body.put("type", CardRenderer.CONTENT_TYPE);
        body.set("value", CardRenderer.render(reply, asker(activity, reply)));
        invokeResponse(turn, new InvokeResponse(200, body));
    }

    private void onConversationUpdate(TurnContext turn, Activity activity) {
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        if (contains(activity.getMembersRemoved(), botId)) {
            forget(activity);
        } else if (contains(activity.getMembersAdded(), botId)) {
            installed(turn, activity);
        } else {
            remember(activity);
        }
    }

    private void onInstallationUpdate(TurnContext turn, Activity activity) {
        String action = activity.getAction() == null ? "" : activity.getAction();
        if (action.startsWith("remove")) {
            forget(activity);
        } else {
            installed(turn, activity);
        }
    }

    /** Teams sends both an installationUpdate and a conversationUpdate on install: welcome only once. */
    private void installed(TurnContext turn, Activity activity) {
        if (remember(activity)) {
            send(turn, Welcome.reply(ActivityReader.personal(activity)), activity);
        }
    }

    /** Stores the references reminders need; true when this conversation was not known (or was inactive) before. */
    private boolean remember(Activity activity) {
        String workspace = ActivityReader.workspace(activity);
        ConversationReference reference = activity.getConversationReference();
        String rootId = ActivityReader.withoutThread(ActivityReader.conversationId(activity));
        boolean fresh = references.save(workspace, ReferenceStore.conversationKey(ActivityReader.conversationKey(activity)),
                ReferenceStore.forConversation(reference, rootId));
        String user = ActivityReader.userKey(activity.getFrom());
        if (user != null && ActivityReader.personal(activity)) {
            references.save(workspace, ReferenceStore.userKey(user), ReferenceStore.forConversation(reference, rootId));
        } else if (user != null && activity.getFrom().getId() != null) {
            // Lets a reminder open a personal chat with someone who never opened one.
            references.save(workspace, ReferenceStore.memberKey(user), ReferenceStore.forConversation(reference, rootId));
        }
        return fresh;
    }

    private void forget(Activity activity) {
        String workspace = ActivityReader.workspace(activity);
        references.deactivate(workspace, ReferenceStore.conversationKey(ActivityReader.conversationKey(activity)));
        if (ActivityReader.personal(activity) && ActivityReader.userKey(activity.getFrom()) != null) {
            references.deactivate(workspace, ReferenceStore.userKey(ActivityReader.userKey(activity.getFrom())));
        }
    }

    private Inbound inbound(Activity activity, String text, boolean addressed, Long partnershipId) {
        String key = ActivityReader.conversationKey(activity);
        Speaker speaker = ActivityReader.speaker(activity);
        ConversationKind kind = ActivityReader.kind(activity);
        return new Inbound(ActivityReader.workspace(activity), key, ReferenceStore.conversationKey(key), kind, speaker,
                text, addressed, partnershipId, deliveryId(activity));
    }

    /** Activity ids are unique within a conversation; Teams resends the same id when the bot was slow. */
    private static String deliveryId(Activity activity) {
        if (activity.getId() == null || activity.getId().isBlank()) {
            return null;
        }
        String id = "teams:" + ActivityReader.conversationId(activity) + "/" + activity.getId();
        if (id.length() <= MAX_DELIVERY_ID) {
            return id;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return "teams:sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mention names a Teams id; people are keyed by Entra object id, which the roster gives. */
    private String userKeyOf(TurnContext turn, JsonNode mentioned) {
        String aad = mentioned.path("aadObjectId").asText("");
        if (!aad.isEmpty()) {
            return aad;
        }
        String id = mentioned.path("id").asText();
        String workspace = ActivityReader.workspace(turn.getActivity());
        return aadIdByTeamsId.computeIfAbsent(workspace + "\n" + id, k -> {
            try {
                TeamsChannelAccount member = TeamsInfo.getMember(turn, id).join();
                String found = member == null ? null : member.getAadObjectId();
                return found == null || found.isBlank() ? id : found;
            } catch (RuntimeException e) {
                log.warn("could not look up mentioned member {}: {}", id, e.toString());
                return id;
            }
        });
    }

    private static CardRenderer.Asker asker(Activity activity, Reply reply) {
        if (reply.audience() != Audience.ASKER || ActivityReader.personal(activity)) {
            return null;
        }
        Speaker speaker = ActivityReader.speaker(activity);
        return new CardRenderer.Asker(speaker.userKey(), speaker.displayName());
    }

    private static void send(TurnContext turn, Reply reply, Activity activity) {
        Attachment attachment = new Attachment();
        attachment.setContentType(CardRenderer.CONTENT_TYPE);
        attachment.setContent(CardRenderer.render(reply, asker(activity, reply)));
        Activity message = MessageFactory.attachment(attachment);
        message.setSummary(reply.summary());
        turn.sendActivity(message).join();
    }

    private static void invokeResponse(TurnContext turn, InvokeResponse response) {
        Activity activity = new Activity(ActivityTypes.INVOKE_RESPONSE);
        activity.setValue(response);
        turn.sendActivity(activity).join();
    }

    private static boolean contains(List<ChannelAccount> accounts, String id) {
        return id != null && accounts != null && accounts.stream().anyMatch(a -> id.equals(a.getId()));
    }
}

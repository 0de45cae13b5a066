package org.partnerbot.teams.outbound;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ConversationParameters;
import com.microsoft.bot.schema.ConversationReference;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.time.Duration;
import org.partnerbot.core.messaging.DeliveryException;
import org.partnerbot.core.messaging.Destination;
import org.partnerbot.core.messaging.Messenger;
import org.partnerbot.core.reply.Reply;
import org.partnerbot.core.reply.Seal;
import org.partnerbot.teams.card.CardRenderer;
import org.partnerbot.teams.connector.ReferenceStore;
import org.partnerbot.teams.connector.SdkAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends unprompted messages (reminders, escalations) with {@code continueConversation} and the reference stored
 * when the conversation last spoke to the bot, so it works after a restart and from a scheduler thread.
 * A refused reference (403/404) is deactivated and the failure is permanent; throttling and gateway errors are
 * retried here, and if they persist the caller gets a temporary {@link DeliveryException} to retry later.
 */
public final class TeamsMessenger implements Messenger {

    private static final Logger log = LoggerFactory.getLogger(TeamsMessenger.class);

    private final SdkAdapter adapter;
    private final ReferenceStore references;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Seal seal;

    public TeamsMessenger(SdkAdapter adapter, ReferenceStore references, RetryPolicy policy, Sleeper sleeper, Seal seal) {
        this.seal = seal;
        this.adapter = adapter;
        this.references = references;
        this.policy = policy;
        this.sleeper = sleeper;
    }

    @Override
    public void send(Destination destination, Reply reply) {
        String workspace = destination.workspace();
        String key = destination.direct() ? ReferenceStore.userKey(destination.userKey()) : destination.conversationRef();
        ConversationReference reference = destination.direct()
                ? personalChat(workspace, destination)
                : references.find(workspace, key).orElseThrow(() -> new DeliveryException("no active Teams conversation for "
                        + key + " (the bot was removed or never added)", true, null, null));
        Activity message = message(reply);
        for (int attempt = 1; ; attempt++) {
            try {
                adapter.continueConversation(adapter.appId(), reference,
                        turn -> turn.sendActivity(message).thenApply(r -> null)).join();
                return;
            } catch (RuntimeException e) {
                ConnectorFailure failure = ConnectorFailure.of(e);
                if (failure.gone()) {
                    references.deactivate(workspace, key);
                    log.warn("Teams refused {} in {} (HTTP {}); reference deactivated", key, workspace, failure.status());
                    throw new DeliveryException("Teams refused the message (HTTP " + failure.status()
                            + "): the bot was removed or blocked", true, null, e);
                }
                if (failure.unanswered()) {
                    // Teams may have posted it; the outbox retries it later, saying it may be a repeat.
                    throw DeliveryException.unanswered("Teams did not answer a send: " + e.getMessage(), e);
                }
                if (!failure.retryable() || attempt >= policy.maxAttempts()) {
                    throw new DeliveryException("Teams did not take the message (HTTP " + failure.status() + ") after "
                            + attempt + " attempt(s)", false, failure.retryAfter(), e);
                }
                Duration wait = policy.delay(attempt, failure.retryAfter());
                log.info("Teams answered HTTP {} to a send in {}; retrying in {} ms", failure.status(), workspace,
                        wait.toMillis());
                pause(wait, e);
            }
        }
    }

    /** The person's chat with the bot; opened now if the bot has only seen them in a channel or group chat. */
    private ConversationReference personalChat(String workspace, Destination destination) {
        String userKey = ReferenceStore.userKey(destination.userKey());
        Optional<ConversationReference> known = references.find(workspace, userKey);
        if (known.isPresent()) {
            return known.get();
        }
        String memberKey = ReferenceStore.memberKey(destination.userKey());
        ConversationReference seen = references.find(workspace, memberKey).orElseThrow(() -> new DeliveryException(
                destination.displayName() + " has no chat with Partnerbot and was never seen where it is installed",
                true, null, null));
        ConversationParameters parameters = new ConversationParameters();
        parameters.setIsGroup(false);
        parameters.setBot(seen.getBot());
        parameters.setMembers(List.of(seen.getUser()));
        parameters.setTenantId(seen.getConversation().getTenantId());
        AtomicReference<ConversationReference> opened = new AtomicReference<>();
        try {
            adapter.createConversation(seen.getChannelId(), seen.getServiceUrl(), adapter.credentials(), parameters, turn -> {
                opened.set(turn.getActivity().getConversationReference());
                return CompletableFuture.completedFuture(null);
            }).join();
        } catch (RuntimeException e) {
            ConnectorFailure failure = ConnectorFailure.of(e);
            if (failure.gone()) {
                references.deactivate(workspace, memberKey);
            }
            throw new DeliveryException("Teams would not open a chat with " + destination.displayName() + " (HTTP "
                    + failure.status() + ")", failure.gone(), failure.retryAfter(), e);
        }
        references.save(workspace, userKey, opened.get());
        return opened.get();
    }

    private void pause(Duration wait, RuntimeException cause) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while waiting to retry", false, wait, cause);
        }
    }

    private Activity message(Reply reply) {
        Attachment attachment = new Attachment();
        attachment.setContentType(CardRenderer.CONTENT_TYPE);
        attachment.setContent(CardRenderer.render(reply, null, seal));
        Activity message = MessageFactory.attachment(attachment);
        message.setSummary(reply.summary());
        return message;
    }
}

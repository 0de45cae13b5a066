package org.partnerbot.slack.outbound;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.request.chat.ChatPostEphemeralRequest;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.conversations.ConversationsHistoryRequest;
import com.slack.api.methods.request.conversations.ConversationsOpenRequest;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.request.users.UsersInfoRequest;
import com.slack.api.methods.request.views.ViewsOpenRequest;
import com.slack.api.methods.request.views.ViewsPublishRequest;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.Message;
import com.slack.api.model.User;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnerbot.core.messaging.DeliveryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call this adapter makes to Slack. A 429 is waited out for its {@code Retry-After} and retried (up to a
 * bound, so a worker is never parked for minutes); anything that still fails becomes a {@link DeliveryException}
 * that says whether retrying can help, so the reminder outbox retries it later instead of dropping it.
 */
public final class SlackCalls {

    private static final Logger log = LoggerFactory.getLogger(SlackCalls.class);
    /**
     * Gson is thread-safe and learns each class's fields once: a new one per answer rebuilt the adapters of every
     * block type each time (a quarter of an inbox worker's CPU for a short answer, in the Slack ack benchmark).
     */
    private static final com.google.gson.Gson SNAKE_CASE = GsonFactory.createSnakeCase();
    static final int ATTEMPTS = 3;
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    /** Errors after which the same call can never succeed: the outbox should stop retrying. */
    private static final Set<String> PERMANENT = Set.of("channel_not_found", "not_in_channel", "is_archived",
            "account_inactive", "user_not_found", "user_not_in_channel", "cannot_dm_bot", "user_disabled",
            "invalid_auth", "token_revoked", "not_authed", "missing_scope", "invalid_blocks", "msg_too_long",
            "no_text", "restricted_action", "channel_is_archived", "expired_url", "used_url", "invalid_token");

    /** Message metadata naming a message Partnerbot sent from its outbox (Slack's event_type syntax). */
    static final String TAG_EVENT = "partnerbot_message";
    static final String TAG_FIELD = "tag";
    /** How far back a tag is looked for: 5 × 200 messages since the first attempt is far more than a channel sees. */
    static final int HISTORY_PAGES = 5;
    /** 50 pages of 200: a channel of 10,000 people; beyond that, membership is not checked live. */
    static final int MEMBER_PAGES = 50;

    private final Slack slack;
    private final Credentials credentials;
    private final Pause pause;
    private final RateLimitListener rateLimits;

    public SlackCalls(Slack slack, String botToken, Pause pause) {
        this(slack, botToken, pause, RateLimitListener.NONE);
    }

    public SlackCalls(Slack slack, String botToken, Pause pause, RateLimitListener rateLimits) {
        this(slack, Credentials.fixed(botToken, null), pause, rateLimits);
    }

    /** Each call goes out with the token of the {@link CurrentWorkspace} (see {@link Credentials}). */
    public SlackCalls(Slack slack, Credentials credentials, Pause pause, RateLimitListener rateLimits) {
        this.slack = slack;
        this.credentials = credentials;
        this.pause = pause;
        this.rateLimits = rateLimits;
    }

    /** The Web API client with the current workspace's token; refused for good where the bot is not installed. */
    private MethodsClient methods() {
        String workspace = CurrentWorkspace.get();
        return slack.methods(credentials.of(workspace).orElseThrow(() -> new DeliveryException(
                "Partnerbot is not installed in that Slack workspace (uninstalled, or its tokens revoked)", true, null, null))
                .token());
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException, SlackApiException;
    }

    public String postMessage(String channel, String threadTs, List<LayoutBlock> blocks, String text) {
        return postMessage(channel, threadTs, blocks, text, null);
    }

    /** Posts with the message's tag in its metadata (or none when {@code tag} is null), for {@link #findTagged}. */
    public String postMessage(String channel, String threadTs, List<LayoutBlock> blocks, String text, String tag) {
        Message.Metadata metadata = tag == null ? null
                : Message.Metadata.builder().eventType(TAG_EVENT).eventPayload(Map.of(TAG_FIELD, tag)).build();
        return call("chat.postMessage", () -> methods().chatPostMessage(ChatPostMessageRequest.builder()
                .channel(channel).threadTs(threadTs).blocks(blocks).text(text).unfurlLinks(false).unfurlMedia(false)
                .metadata(metadata).build())).getTs();
    }

    /**
     * Whether this bot posted a top-level message carrying {@code tag} in its metadata in the channel at or after
     * {@code oldest}. Only the bot's own posts count: another app in the channel could post the same metadata and
     * make a reminder look delivered. Empty when the history is too long to read through (more than
     * {@link #HISTORY_PAGES} pages).
     */
    public Optional<Boolean> findTagged(String channel, String tag, Instant oldest, BotIdentity bot) {
        String cursor = null;
        String from = String.format(Locale.ROOT, "%d.%06d", oldest.getEpochSecond(), oldest.getNano() / 1000);
        for (int page = 0; page < HISTORY_PAGES; page++) {
            String at = cursor;
            ConversationsHistoryResponse r = call("conversations.history", () -> methods().conversationsHistory(
                    ConversationsHistoryRequest.builder().channel(channel).oldest(from).inclusive(true).limit(200)
                            .includeAllMetadata(true).cursor(at).build()));
            if (r.getMessages() != null && r.getMessages().stream().anyMatch(m -> bot.posted(m) && carries(m, tag))) {
                return Optional.of(true);
            }
            cursor = r.getResponseMetadata() == null ? null : r.getResponseMetadata().getNextCursor();
            if (!r.isHasMore() || cursor == null || cursor.isEmpty()) {
                return Optional.of(false);
            }
        }
        return Optional.empty();
    }

    private static boolean carries(Message m, String tag) {
        Message.Metadata metadata = m.getMetadata();
        return metadata != null && TAG_EVENT.equals(metadata.getEventType()) && metadata.getEventPayload() != null
                && tag.equals(String.valueOf(metadata.getEventPayload().get(TAG_FIELD)));
    }

    public void postEphemeral(String channel, String user, String threadTs, List<LayoutBlock> blocks, String text) {
        call("chat.postEphemeral", () -> methods().chatPostEphemeral(ChatPostEphemeralRequest.builder()
                .channel(channel).user(user).threadTs(threadTs).blocks(blocks).text(text).build()));
    }

    /** Opens (or finds) the direct conversation with a person; returns its channel id. */
    public String openDirect(String userId) {
        var opened = call("conversations.open", () -> methods().conversationsOpen(ConversationsOpenRequest.builder()
                .users(List.of(userId)).returnIm(false).build()));
        if (opened.getChannel() == null || opened.getChannel().getId() == null) {
            throw new DeliveryException("conversations.open returned no channel for " + userId, false, null, null);
        }
        return opened.getChannel().getId();
    }

    /** Shares a text file in a conversation (files.uploadV2: upload URL, upload, complete). */
    public void uploadFile(String channel, String threadTs, String fileName, String content) {
        try {
            call("files.uploadV2", () -> methods().filesUploadV2(r -> r.channel(channel).threadTs(threadTs).filename(fileName)
                    .title(fileName).content(content)));
        } catch (SlackFilesUploadV2Exception e) {
            // The SDK reports a failed step of the three-step upload this way rather than as ok=false.
            String error = e.getGetURLResponses() == null ? null : e.getGetURLResponses().stream()
                    .map(r -> r.getError()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            throw new DeliveryException("files.uploadV2 failed: " + (error == null ? e.getMessage() : error),
                    error != null && PERMANENT.contains(error), null, e);
        }
    }

    public void publishHome(String userId, View view) {
        call("views.publish", () -> methods().viewsPublish(ViewsPublishRequest.builder().userId(userId).view(view).build()));
    }

    public void openModal(String triggerId, View view) {
        call("views.open", () -> methods().viewsOpen(ViewsOpenRequest.builder().triggerId(triggerId).view(view).build()));
    }

    /**
     * Everyone in a conversation now, every page of {@code conversations.members} (200 per page, as Slack advises), or
     * empty when the channel is too large to read through ({@link #MEMBER_PAGES}).
     *
     * @throws DeliveryException when Slack will not say (the bot is not in it, a scope is missing, 429, Slack is down)
     */
    public Optional<java.util.Set<String>> conversationMembers(String channel) {
        java.util.Set<String> members = new java.util.HashSet<>();
        String cursor = null;
        try {
            for (int page = 0; page < MEMBER_PAGES; page++) {
                String at = cursor;
                var r = call("conversations.members", () -> methods().conversationsMembers(
                        com.slack.api.methods.request.conversations.ConversationsMembersRequest.builder()
                                .channel(channel).limit(200).cursor(at).build()));
                if (r.getMembers() != null) {
                    members.addAll(r.getMembers());
                }
                cursor = r.getResponseMetadata() == null ? null : r.getResponseMetadata().getNextCursor();
                if (cursor == null || cursor.isEmpty()) {
                    return Optional.of(members);
                }
            }
            log.warn("conversations.members: more than {} pages; membership is not checked there", MEMBER_PAGES);
            return Optional.empty();
        } catch (DeliveryException e) {
            log.warn("conversations.members failed: {}", e.getMessage());
            throw e;
        }
    }

    /** A conversation's kind and privacy ({@code conversations.info}), or empty when Slack will not say. */
    public Optional<com.slack.api.model.Conversation> conversationInfo(String channel) {
        try {
            var r = call("conversations.info", () -> methods().conversationsInfo(
                    com.slack.api.methods.request.conversations.ConversationsInfoRequest.builder().channel(channel).build()));
            return Optional.ofNullable(r.getChannel());
        } catch (DeliveryException e) {
            log.warn("conversations.info failed: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** A workspace's name ({@code team.info}, scope {@code team:read}), or empty when Slack will not say. */
    public Optional<String> teamName(String teamId) {
        try {
            var r = call("team.info", () -> methods().teamInfo(
                    com.slack.api.methods.request.team.TeamInfoRequest.builder().team(teamId).build()));
            return Optional.ofNullable(r.getTeam()).map(com.slack.api.model.Team::getName);
        } catch (DeliveryException e) {
            log.warn("team.info failed: {}", e.getMessage());
            return Optional.empty();
        }
    }

    public Optional<User> userInfo(String userId) {
        try {
            UsersInfoResponse r = call("users.info", () -> methods().usersInfo(UsersInfoRequest.builder().user(userId).includeLocale(true).build()));
            return Optional.ofNullable(r.getUser());
        } catch (DeliveryException e) {
            log.warn("users.info failed: {}", e.getMessage()); // no user id: nothing personal goes to a log
            return Optional.empty();
        }
    }

    /**
     * Answers through a slash command's or a button's {@code response_url}: works even where the bot is not a
     * channel member. {@code inChannel} false makes it visible to the asker only.
     */
    public void respond(String responseUrl, boolean inChannel, List<LayoutBlock> blocks, String text) {
        ActionResponse body = ActionResponse.builder().responseType(inChannel ? "in_channel" : "ephemeral")
                .replaceOriginal(false).text(text).blocks(blocks).build();
        String json = SNAKE_CASE.toJson(body);
        for (int attempt = 1; ; attempt++) {
            WebhookResponse r;
            try {
                r = slack.send(responseUrl, json);
            } catch (IOException e) {
                throw new DeliveryException("response_url failed: " + e.getMessage(), false, null, e);
            }
            int code = r.getCode() == null ? 0 : r.getCode();
            if (code == 200) {
                return;
            }
            Duration retryAfter = retryAfter(r.getHeaders());
            if (code == 429 && waitBeforeRetry(attempt, retryAfter, "response_url")) {
                continue;
            }
            String error = r.getBody() == null ? "HTTP " + code : r.getBody().strip();
            throw new DeliveryException("response_url answered " + code + " " + error,
                    code == 404 || code == 410 || PERMANENT.contains(error), retryAfter, null);
        }
    }

    private <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                T response = call.run();
                if (response.isOk()) {
                    return response;
                }
                String error = response.getError();
                if ("ratelimited".equals(error) && waitBeforeRetry(attempt, Duration.ofSeconds(1), method)) {
                    continue;
                }
                throw new DeliveryException(method + " failed: " + error, PERMANENT.contains(error), null, null);
            } catch (SlackApiException e) {
                int code = e.getResponse().code();
                Duration retryAfter = parseRetryAfter(e.getResponse().header("Retry-After"));
                if (code == 429 && waitBeforeRetry(attempt, retryAfter, method)) {
                    continue;
                }
                String error = e.getError() != null && e.getError().getError() != null ? e.getError().getError() : "HTTP " + code;
                throw new DeliveryException(method + " failed: " + error, PERMANENT.contains(error), retryAfter, e);
            } catch (IOException e) {
                // The request may have reached Slack and been acted on before the connection failed.
                throw DeliveryException.unanswered(method + " failed: " + e.getMessage(), e);
            }
        }
    }

    /** Waits out a rate limit when another attempt is allowed and the wait is short enough to hold a worker. */
    private boolean waitBeforeRetry(int attempt, Duration retryAfter, String method) {
        Duration wait = retryAfter == null ? Duration.ofSeconds(1) : retryAfter;
        if (attempt >= ATTEMPTS || wait.compareTo(LONGEST_WAIT) > 0) {
            return false;
        }
        log.info("{} rate limited by Slack; retrying in {} s", method, wait.toSeconds());
        try {
            rateLimits.waiting(method, wait);
        } catch (RuntimeException e) {
            log.warn("rate-limit listener failed: {}", e.toString());
        }
        try {
            pause.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Duration retryAfter(Map<String, List<String>> headers) {
        if (headers == null) {
            return null;
        }
        for (var e : headers.entrySet()) {
            if ("retry-after".equalsIgnoreCase(e.getKey()) && !e.getValue().isEmpty()) {
                return parseRetryAfter(e.getValue().get(0));
            }
        }
        return null;
    }

    static Duration parseRetryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
